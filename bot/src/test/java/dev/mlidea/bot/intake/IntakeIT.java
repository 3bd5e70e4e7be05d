package dev.mlidea.bot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mlidea.bot.testing.Conversation;
import dev.mlidea.bot.testing.RunningBot;
import dev.mlidea.bot.testing.SlackCall;
import dev.mlidea.bot.testing.SlackDriver;
import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.conversations.intake.IntakeMode;
import dev.mlidea.conversations.intake.IntakeStatus;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.StorageProbes.StoredAnswer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * A whole intake driven exactly as Slack drives it: signed commands, events and button clicks. The quick
 * intake runs in one live message edited in place; {@code /mlidea more} goes on with the full one.
 */
class IntakeIT {
    private static final String OWNER = "U0OWNER0001";

    @AutoClose
    private static final RunningBot bot = new RunningBot();

    @Test
    void walks_a_quick_intake_with_typed_answers_buttons_a_typo_help_and_back_in_at_most_four_posts() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Smarter code completion");

        SlackCall card = bot.slack.cardPostsIn(channel).get(0);
        assertThat(card.allText())
                .contains("Smarter code completion")
                .contains("<@" + OWNER + ">")
                .contains("quick intake 0/8");
        assertThat(card.authorization()).startsWith("Bearer xoxb-");

        SlackCall first = c.live();
        assertThat(first.method()).isEqualTo("chat.postMessage");
        assertThat(first.questionKey()).isEqualTo("problem");
        assertThat(first.blockIds()).contains("live.progress", "q.problem");
        assertThat(first.allText()).contains("Why we ask").contains("question 1 of 8");
        String liveTs = c.liveTs().orElseThrow();

        // Every answer moves the one live message on: an edit in place, never a new post.
        SlackCall q = c.type("Completion in our IDE plugin is hand-written rules & <!channel> hates it");
        assertThat(q.method()).isEqualTo("chat.update");
        assertThat(q.param("ts")).isEqualTo(liveTs);
        assertThat(q.questionKey()).isEqualTo("use.how");
        assertThat(q.blockIds()).contains("q.use.how", "a.use.how");
        assertThat(q.actionIds())
                .containsExactly(
                        "answer.software_today", "answer.person_decides", "answer.acts_alone", "answer.unsure");

        q = c.click("software_today");
        assertThat(q.questionKey()).isEqualTo("need.ml");
        q = c.type("fell short");
        assertThat(q.questionKey()).isEqualTo("impact.signals");

        // back: the previous question again, showing the answer given; answering returns to the frontier.
        q = c.type("back");
        assertThat(q.method()).isEqualTo("chat.update");
        assertThat(q.questionKey()).isEqualTo("need.ml");
        assertThat(q.allText()).contains("Current answer: Yes: rules or statistics fell short");
        q = c.type("  YES ");
        assertThat(q.questionKey()).isEqualTo("impact.signals");
        assertThat(q.actionIds()).containsExactly("toggle", "answer._done");

        // help: a note to the one who typed; the question stays open and the live message is not touched.
        int editsBeforeHelp = bot.slack.updatesOf(liveTs).size();
        q = c.type("help");
        assertThat(q.method()).isEqualTo("chat.postEphemeral");
        assertThat(q.param("user")).isEqualTo(OWNER);
        assertThat(q.blockIds()).containsExactly("help");
        assertThat(q.allText()).contains("`skip`").contains("`back`").contains("`cancel`");
        assertThat(c.openQuestion()).isEqualTo("impact.signals");
        assertThat(bot.slack.updatesOf(liveTs)).hasSize(editsBeforeHelp);

        c.tick(List.of("friction", "software2"));
        q = c.click("_done");
        assertThat(q.questionKey()).isEqualTo("data.state");

        // a typo: "Was that an answer?", privately; the question stays open and nothing else is shown.
        q = c.type("labled");
        assertThat(q.method()).isEqualTo("chat.postEphemeral");
        assertThat(q.param("user")).isEqualTo(OWNER);
        assertThat(q.param("thread_ts")).isEqualTo(c.cardTs);
        assertThat(q.blockIds()).containsExactly("r.data.state");
        assertThat(q.allText()).contains("Was that an answer").contains("labled");
        assertThat(c.openQuestion()).isEqualTo("data.state");
        q = c.type("labeled");
        assertThat(q.questionKey()).isEqualTo("cost.wrong_answer");
        q = c.click("costly");
        assertThat(q.questionKey()).isEqualTo("done.before");
        q = c.type("skip");
        assertThat(q.questionKey()).isEqualTo("success.criteria");
        SlackCall summary = c.type("30% of suggestions accepted within a month");
        c.awaitAssessment(1);
        c.settle();

        // The live message became the summary.
        assertThat(summary.method()).isEqualTo("chat.update");
        assertThat(summary.param("ts")).isEqualTo(liveTs);
        assertThat(summary.blockIds()).contains("summary");
        assertThat(summary.allText())
                .contains("&lt;!channel&gt;")
                .contains("30% of suggestions accepted within a month")
                .contains("_skipped_");
        assertThat(bot.slack.updatesOf(liveTs))
                .as("no edit of the live message pings the channel")
                .allSatisfy(m -> assertThat(m.mrkdwnTexts()).noneMatch(t -> t.contains("<!channel>")));
        assertThat(bot.slack.updatesOf(liveTs).stream().map(SlackCall::questionKey))
                .as("one edit per step, none for the typo or help")
                .containsExactly(
                        "use.how",
                        "need.ml",
                        "impact.signals",
                        "need.ml",
                        "impact.signals",
                        "data.state",
                        "cost.wrong_answer",
                        "done.before",
                        "success.criteria",
                        null);

        // Issue 12: a whole quick intake, typo, help and back included, leaves at most four bot posts
        // (the card and the thread's posts); everything else was an edit or a note to the one who typed.
        List<SlackCall> postsInChannel = bot.slack.calls("chat.postMessage").stream()
                .filter(m -> channel.equals(m.param("channel")))
                .toList();
        assertThat(postsInChannel).hasSizeLessThanOrEqualTo(4);
        assertThat(bot.slack.cardPostsIn(channel)).hasSize(1);
        assertThat(c.thread()).hasSize(2);
        assertThat(postsInChannel).hasSize(1 + c.thread().size());
        assertThat(c.thread()).allSatisfy(m -> assertThat(m.param("thread_ts")).isEqualTo(c.cardTs));
        assertThat(c.thread().get(0).blockIds()).contains("live.progress", "q.problem");
        assertThat(c.thread().get(1).blockIds()).contains("assessment.1");
        assertThat(c.ephemeralsTo(OWNER))
                .extracting(SlackCall::blockIds)
                .containsExactly(List.of("help"), List.of("r.data.state"));

        // the card was updated in place.
        List<SlackCall> updates = bot.slack.cardUpdates(c.cardTs);
        assertThat(updates).isNotEmpty();
        assertThat(updates.get(0).allText()).contains("quick intake 1/8");
        assertThat(updates.get(updates.size() - 1).allText()).contains("intake complete");

        ProjectRecord project = onlyProjectIn(channel);
        assertThat(project.intake().status()).isEqualTo(IntakeStatus.COMPLETED);
        assertThat(project.intake().mode()).isEqualTo(IntakeMode.QUICK);
        assertThat(project.title()).isEqualTo("Smarter code completion");
        Map<String, Answer> stored = bot.storedAnswers(project.id()).stream()
                .collect(Collectors.toMap(StoredAnswer::questionKey, StoredAnswer::answer));
        assertThat(stored).hasSize(8);
        assertThat(stored.get("use.how")).isEqualTo(new Answer.Picked("software_today"));
        assertThat(stored.get("need.ml")).isEqualTo(new Answer.Picked("fell_short"));
        assertThat(stored.get("impact.signals")).isEqualTo(new Answer.Picks(java.util.Set.of("friction", "software2")));
        assertThat(stored.get("data.state")).isEqualTo(new Answer.Picked("labeled"));
        assertThat(stored.get("cost.wrong_answer")).isEqualTo(new Answer.Picked("costly"));
        assertThat(stored.get("done.before")).isEqualTo(new Answer.Skipped());
        assertThat(stored.get("success.criteria"))
                .isEqualTo(new Answer.Text("30% of suggestions accepted within a month"));
        assertThat(stored.get("problem"))
                .isEqualTo(new Answer.Text("Completion in our IDE plugin is hand-written rules & <!channel> hates it"));
        assertThat(bot.storedAnswers(project.id()))
                .allSatisfy(a -> assertThat(a.answeredBy()).isEqualTo(OWNER));
    }

    @Test
    void more_walks_the_full_questionnaire_with_typed_answers_and_buttons_and_ends_with_a_summary() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Smarter code completion");
        SlackCall q = c.type("Completion in our IDE plugin is hand-written rules & <!channel> hates it");
        assertThat(q.questionKey()).isEqualTo("use.how");
        String liveTs = c.liveTs().orElseThrow();

        // /mlidea more: the same live message goes on with the full questionnaire, in its order.
        String response = SlackDriver.nextId("r");
        q = c.expectReply(() -> command(channel, OWNER, "more", response));
        assertThat(q.method()).isEqualTo("chat.update");
        assertThat(q.param("ts")).isEqualTo(liveTs);
        assertThat(q.questionKey()).isEqualTo("ready.product");
        assertThat(q.allText()).contains("Full intake");
        assertThat(q.blockIds()).contains("q.ready.product", "a.ready.product");
        assertThat(q.actionIds()).containsExactly("answer.yes", "answer.partly", "answer.no");

        q = c.click("yes");
        assertThat(q.questionKey()).isEqualTo("ready.data");
        q = c.type("Partly");
        assertThat(q.questionKey()).isEqualTo("ready.people");

        // back: the previous question again, showing the answer given; answering returns to the frontier.
        q = c.type("back");
        assertThat(q.questionKey()).isEqualTo("ready.data");
        assertThat(q.allText()).contains("Current answer: Partly");
        q = c.type("  YES ");
        assertThat(q.questionKey()).isEqualTo("ready.people");

        q = c.type("y");
        assertThat(q.questionKey()).isEqualTo("need.solve_at_all");
        q = c.click("yes");
        assertThat(q.questionKey()).isEqualTo("need.baseline");
        q = c.type("2");
        assertThat(q.questionKey()).isEqualTo("ethics");

        // help keeps the question open and explains the control words, to the one who asked.
        q = c.type("help");
        assertThat(q.method()).isEqualTo("chat.postEphemeral");
        assertThat(q.allText()).contains("`skip`").contains("`back`").contains("`cancel`");
        assertThat(c.openQuestion()).isEqualTo("ethics");
        q = c.click("fine");
        assertThat(q.questionKey()).isEqualTo("impact.signals");
        assertThat(q.actionIds()).containsExactly("toggle", "answer._done");

        c.tick(List.of("friction", "software2"));
        q = c.click("_done");
        assertThat(q.questionKey()).isEqualTo("impact.rating");
        assertThat(q.actionIds()).containsExactly("answer.1", "answer.2", "answer.3", "answer.4", "answer.5");
        q = c.click("5");
        assertThat(q.questionKey()).isEqualTo("cost.data");

        // an invalid answer: a short explanation to the one who typed, and the same question stays open.
        q = c.type("lots");
        assertThat(q.method()).isEqualTo("chat.postEphemeral");
        assertThat(q.blockIds()).contains("r.cost.data");
        assertThat(q.allText()).contains("1").contains("5");
        assertThat(c.openQuestion()).isEqualTo("cost.data");
        q = c.type("4/5");
        assertThat(q.questionKey()).isEqualTo("cost.wrong_predictions");
        q = c.click("1");
        assertThat(q.questionKey()).isEqualTo("cost.accuracy");
        q = c.type("two");
        assertThat(q.questionKey()).isEqualTo("cost.difficulty");
        q = c.click("3");
        assertThat(q.questionKey()).isEqualTo("hard.traits");
        q = c.type("complex output");
        assertThat(q.questionKey()).isEqualTo("arch.automated_today");
        q = c.click("yes");
        assertThat(q.questionKey()).isEqualTo("arch.human_review");
        q = c.type("users pick");
        assertThat(q.questionKey()).isEqualTo("arch.acts_alone");
        q = c.click("no");
        // Software 2.0: the flywheel questions are asked, and the total grows.
        assertThat(q.questionKey()).isEqualTo("flywheel.loop");
        q = c.type("yes");
        q = c.click("yes");
        assertThat(q.questionKey()).isEqualTo("flywheel.better_model_helps_product");
        q = c.type("yes");
        assertThat(q.questionKey()).isEqualTo("success.criteria");
        q = c.type("30% of suggestions accepted within a month");
        assertThat(q.questionKey()).isEqualTo("success.stakeholders");
        q = c.type("<@U0PM000001> and <@U0LEAD0001>");
        assertThat(q.questionKey()).isEqualTo("check.literature");
        q = c.click("done");
        q = c.type("skip");
        assertThat(q.questionKey()).isEqualTo("check.baseline_model");
        q = c.type("not started");
        assertThat(q.questionKey()).isEqualTo("revalidate.every");
        q = c.click("2w");
        assertThat(q.questionKey()).isEqualTo("need.still_sure");
        SlackCall summary = c.type("yes");
        c.awaitAssessment(1);
        c.settle();

        assertThat(text(bot.slack.responses(response).get(0))).contains("goes on in its thread");
        assertThat(summary.param("ts")).isEqualTo(liveTs);
        assertThat(summary.blockIds()).contains("summary");
        String summaryText = summary.allText();
        assertThat(summaryText)
                .contains("&lt;!channel&gt;")
                .doesNotContain("<!channel>")
                .contains("30% of suggestions accepted within a month")
                .contains("2 people named")
                .doesNotContain("<@U0PM000001>")
                .contains("_skipped_");

        // Twenty-seven questions, and still only the live message and the assessment in the thread.
        assertThat(c.thread()).hasSize(2);
        assertThat(c.thread()).allSatisfy(m -> assertThat(m.param("thread_ts")).isEqualTo(c.cardTs));
        assertThat(c.ephemeralsTo(OWNER)).hasSize(2);
        // the card was updated in place.
        List<SlackCall> updates = bot.slack.cardUpdates(c.cardTs);
        assertThat(updates.get(0).allText()).contains("quick intake 1/8");
        assertThat(updates.stream().map(SlackCall::allText))
                .anyMatch(t -> t.contains("intake 1/24") && !t.contains("quick intake"));
        assertThat(updates.stream().map(SlackCall::allText)).anyMatch(t -> t.contains("/27"));
        assertThat(updates.get(updates.size() - 1).allText()).contains("intake complete");

        ProjectRecord project = onlyProjectIn(channel);
        assertThat(project.intake().status()).isEqualTo(IntakeStatus.COMPLETED);
        assertThat(project.intake().mode()).isEqualTo(IntakeMode.FULL);
        Map<String, Answer> stored = bot.storedAnswers(project.id()).stream()
                .collect(Collectors.toMap(StoredAnswer::questionKey, StoredAnswer::answer));
        assertThat(stored).hasSize(27);
        assertThat(stored.get("ready.data")).isEqualTo(new Answer.Picked("yes"));
        assertThat(stored.get("need.baseline")).isEqualTo(new Answer.Picked("fell_short"));
        assertThat(stored.get("impact.signals")).isEqualTo(new Answer.Picks(java.util.Set.of("friction", "software2")));
        assertThat(stored.get("cost.wrong_predictions")).isEqualTo(new Answer.Scale(1));
        assertThat(stored.get("cost.accuracy")).isEqualTo(new Answer.Scale(2));
        assertThat(stored.get("arch.human_review")).isEqualTo(new Answer.Picked("user_picks"));
        assertThat(stored.get("check.benchmark")).isEqualTo(new Answer.Skipped());
        assertThat(stored.get("problem"))
                .isEqualTo(new Answer.Text("Completion in our IDE plugin is hand-written rules & <!channel> hates it"));
        assertThat(bot.storedAnswers(project.id()))
                .allSatisfy(a -> assertThat(a.answeredBy()).isEqualTo(OWNER));
    }

    @Test
    void replies_from_people_who_are_not_owners_are_discussion_and_their_clicks_change_nothing() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Ticket triage");
        int before = c.thread().size();
        String liveTs = c.liveTs().orElseThrow();

        bot.driver.threadReply(channel, "U0BYSTANDR1", c.cardTs, "I think this is a great idea");
        bot.driver.click(channel, "U0BYSTANDR1", c.cardTs, "a.problem", "answer.yes", "yes");
        c.settle();

        assertThat(c.thread()).hasSize(before);
        assertThat(bot.slack.updatesOf(liveTs)).isEmpty();
        assertThat(c.openQuestion()).isEqualTo("problem");
        await().atMost(Conversation.PATIENCE)
                .until(() -> !c.ephemeralsTo("U0BYSTANDR1").isEmpty());
        assertThat(c.ephemeralsTo("U0BYSTANDR1"))
                .singleElement()
                .satisfies(m -> assertThat(m.allText()).contains("Only this project's owners"));
        assertThat(bot.storedAnswers(onlyProjectIn(channel).id())).isEmpty();
        // Nor is their text kept anywhere once the reply is handled.
        long kept = bot.probes()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM inbox WHERE payload LIKE '%great idea%'")
                        .mapTo(Long.class)
                        .one());
        assertThat(kept).isZero();

        SlackCall next = c.type("Support tickets are routed by hand");
        assertThat(next.questionKey()).isEqualTo("use.how");
    }

    @Test
    void a_reply_also_sent_to_the_channel_is_an_answer_too() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Broadcast");

        SlackCall next = c.expectReply(() -> bot.driver.threadBroadcast(channel, OWNER, c.cardTs, "Forecasts by hand"));

        assertThat(next.questionKey()).isEqualTo("use.how");
        assertThat(onlyProjectIn(channel).intake().answers().text("problem")).contains("Forecasts by hand");
    }

    @Test
    void a_click_on_an_already_answered_question_changes_nothing_and_says_so_privately() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Churn");
        c.type("Churn is noticed too late");
        c.click("person_decides");
        assertThat(c.openQuestion()).isEqualTo("need.ml");
        int before = c.thread().size();
        String liveTs = c.liveTs().orElseThrow();
        int edits = bot.slack.updatesOf(liveTs).size();

        SlackCall ephemeral = c.expectReply(() ->
                bot.driver.click(channel, OWNER, c.cardTs, "a.use.how", "answer.software_today", "software_today"));
        c.settle();

        assertThat(ephemeral.method()).isEqualTo("chat.postEphemeral");
        assertThat(ephemeral.param("user")).isEqualTo(OWNER);
        assertThat(ephemeral.param("thread_ts")).isEqualTo(c.cardTs);
        assertThat(ephemeral.allText()).contains("already answered").contains("changed nothing");
        assertThat(c.thread()).hasSize(before);
        assertThat(bot.slack.updatesOf(liveTs)).hasSize(edits);
        assertThat(c.openQuestion()).isEqualTo("need.ml");
        ProjectRecord project = onlyProjectIn(channel);
        assertThat(project.intake().answers().picked("use.how")).contains("person_decides");
    }

    @Test
    void cancel_stops_the_intake_keeps_the_answers_and_marks_the_card() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "");
        SlackCall next = c.type("Fraud rules miss new patterns, and analysts drown in alerts");
        assertThat(next.questionKey()).isEqualTo("use.how");
        int before = c.thread().size();

        c.type("cancel");
        c.settle();

        // The live message says so in place, and the one who cancelled is told how to go on.
        SlackCall live = c.live();
        assertThat(live.method()).isEqualTo("chat.update");
        assertThat(live.blockIds()).contains("live.stopped");
        assertThat(live.questionKey()).isNull();
        assertThat(live.allText()).contains("cancelled").contains("1 answers so far are kept");
        assertThat(c.ephemeralsTo(OWNER))
                .singleElement()
                .satisfies(m -> assertThat(m.blockIds()).containsExactly("cancelled"));
        assertThat(c.thread()).hasSize(before);
        ProjectRecord project = onlyProjectIn(channel);
        assertThat(project.intake().status()).isEqualTo(IntakeStatus.CANCELLED);
        assertThat(project.intake().answers().has("problem")).isTrue();
        // no title was given: the problem names the project.
        assertThat(project.title()).isEqualTo("Fraud rules miss new patterns, and analysts drown in alerts");
        List<SlackCall> updates = bot.slack.cardUpdates(c.cardTs);
        assertThat(updates.get(updates.size() - 1).allText())
                .contains("intake cancelled at 1/8")
                .contains("Fraud rules miss new patterns");

        // An answer typed after cancel is not taken: nothing posted, edited or said.
        int edits = bot.slack.updatesOf(c.liveTs().orElseThrow()).size();
        bot.driver.threadReply(channel, OWNER, c.cardTs, "a person decides");
        c.settle();
        assertThat(c.thread()).hasSize(before);
        assertThat(bot.slack.updatesOf(c.liveTs().orElseThrow())).hasSize(edits);
        assertThat(c.ephemeralsTo(OWNER)).hasSize(1);
        assertThat(onlyProjectIn(channel).intake().answers().has("use.how")).isFalse();
    }

    private static void command(String channel, String user, String text, String responseId) {
        var response = bot.driver.slashCommand(channel, user, text, bot.slack.responseUrl(responseId));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private static String text(com.google.gson.JsonObject response) {
        return response.toString();
    }

    private static ProjectRecord onlyProjectIn(String channel) {
        List<ProjectRecord> projects = bot.projects().stream()
                .filter(p -> p.channelId().equals(channel))
                .toList();
        assertThat(projects).hasSize(1);
        return projects.get(0);
    }
}
