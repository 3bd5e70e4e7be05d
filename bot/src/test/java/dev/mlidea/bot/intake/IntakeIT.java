package dev.mlidea.bot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mlidea.bot.testing.Conversation;
import dev.mlidea.bot.testing.RunningBot;
import dev.mlidea.bot.testing.SlackCall;
import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.conversations.intake.IntakeStatus;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.StorageProbes.StoredAnswer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** A whole intake driven exactly as Slack drives it: signed commands, events and button clicks. */
class IntakeIT {
    private static final String OWNER = "U0OWNER0001";

    @AutoClose
    private static final RunningBot bot = new RunningBot();

    @Test
    void walks_a_whole_intake_with_typed_answers_and_buttons_and_ends_with_a_summary() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Smarter code completion");

        SlackCall card = bot.slack.cardPostsIn(channel).get(0);
        assertThat(card.allText())
                .contains("Smarter code completion")
                .contains("<@" + OWNER + ">")
                .contains("intake 0/24");
        assertThat(card.authorization()).startsWith("Bearer xoxb-");

        SlackCall first = c.last();
        assertThat(first.questionKey()).isEqualTo("problem");
        assertThat(first.blockIds()).contains("q.problem");
        assertThat(first.allText()).contains("Why we ask");

        SlackCall q = c.type("Completion in our IDE plugin is hand-written rules & <!channel> hates it");
        assertThat(q.questionKey()).isEqualTo("ready.product");
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

        // help keeps the question open and explains the control words.
        q = c.type("help");
        assertThat(q.allText()).contains("`skip`").contains("`back`").contains("`cancel`");
        assertThat(q.questionKey()).isEqualTo("ethics");
        q = c.click("fine");
        assertThat(q.questionKey()).isEqualTo("impact.signals");
        assertThat(q.actionIds()).containsExactly("toggle", "answer._done");

        c.tick(List.of("friction", "software2"));
        q = c.click("_done");
        assertThat(q.questionKey()).isEqualTo("impact.rating");
        assertThat(q.actionIds()).containsExactly("answer.1", "answer.2", "answer.3", "answer.4", "answer.5");
        q = c.click("5");
        assertThat(q.questionKey()).isEqualTo("cost.data");

        // an invalid answer: a short explanation and the same question again.
        q = c.type("lots");
        assertThat(q.questionKey()).isEqualTo("cost.data");
        assertThat(q.blockIds()).contains("r.cost.data");
        assertThat(q.allText()).contains("1").contains("5");
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
        c.settle();

        assertThat(summary.blockIds()).contains("summary");
        String summaryText = summary.allText();
        assertThat(summaryText)
                .contains("&lt;!channel&gt;")
                .doesNotContain("<!channel>")
                .contains("30% of suggestions accepted within a month")
                .contains("2 people named")
                .doesNotContain("<@U0PM000001>")
                .contains("_skipped_");

        // every question was posted in the card's thread, and the card was updated in place.
        assertThat(c.thread()).allSatisfy(m -> assertThat(m.param("thread_ts")).isEqualTo(c.cardTs));
        List<SlackCall> updates = bot.slack.cardUpdates(c.cardTs);
        assertThat(updates).isNotEmpty();
        assertThat(updates.get(0).allText()).contains("intake 1/24");
        assertThat(updates.stream().map(SlackCall::allText)).anyMatch(t -> t.contains("/27"));
        assertThat(updates.get(updates.size() - 1).allText()).contains("intake complete");

        ProjectRecord project = onlyProjectIn(channel);
        assertThat(project.intake().status()).isEqualTo(IntakeStatus.COMPLETED);
        assertThat(project.title()).isEqualTo("Smarter code completion");
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

        bot.driver.threadReply(channel, "U0BYSTANDR1", c.cardTs, "I think this is a great idea");
        bot.driver.click(channel, "U0BYSTANDR1", c.cardTs, "a.problem", "answer.yes", "yes");
        c.settle();

        assertThat(c.thread()).hasSize(before);
        assertThat(c.openQuestion()).isEqualTo("problem");
        await().atMost(Conversation.PATIENCE)
                .until(() -> !bot.slack.ephemeralsTo("U0BYSTANDR1").isEmpty());
        assertThat(bot.slack.ephemeralsTo("U0BYSTANDR1").get(0).allText()).contains("Only this project's owners");
        assertThat(bot.storedAnswers(onlyProjectIn(channel).id())).isEmpty();
        // Nor is their text kept anywhere once the reply is handled.
        long kept = bot.probes()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM inbox WHERE payload LIKE '%great idea%'")
                        .mapTo(Long.class)
                        .one());
        assertThat(kept).isZero();

        SlackCall next = c.type("Support tickets are routed by hand");
        assertThat(next.questionKey()).isEqualTo("ready.product");
    }

    @Test
    void a_reply_also_sent_to_the_channel_is_an_answer_too() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Broadcast");

        SlackCall next = c.expectReply(() -> bot.driver.threadBroadcast(channel, OWNER, c.cardTs, "Forecasts by hand"));

        assertThat(next.questionKey()).isEqualTo("ready.product");
        assertThat(onlyProjectIn(channel).intake().answers().text("problem")).contains("Forecasts by hand");
    }

    @Test
    void a_click_on_an_already_answered_question_changes_nothing_and_says_so_privately() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Churn");
        c.type("Churn is noticed too late");
        c.click("no");
        assertThat(c.openQuestion()).isEqualTo("ready.data");
        int before = c.thread().size();

        bot.driver.click(channel, OWNER, c.cardTs, "a.ready.product", "answer.yes", "yes");
        await().atMost(Conversation.PATIENCE)
                .until(() -> !bot.slack.ephemeralsTo(OWNER).isEmpty());
        c.settle();

        SlackCall ephemeral =
                bot.slack.ephemeralsTo(OWNER).get(bot.slack.ephemeralsTo(OWNER).size() - 1);
        assertThat(ephemeral.param("thread_ts")).isEqualTo(c.cardTs);
        assertThat(ephemeral.allText()).contains("already answered").contains("changed nothing");
        assertThat(c.thread()).hasSize(before);
        ProjectRecord project = onlyProjectIn(channel);
        assertThat(project.intake().answers().picked("ready.product")).contains("no");
    }

    @Test
    void cancel_stops_the_intake_keeps_the_answers_and_marks_the_card() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "");
        SlackCall next = c.type("Fraud rules miss new patterns, and analysts drown in alerts");
        assertThat(next.questionKey()).isEqualTo("ready.product");

        SlackCall cancelled = c.type("cancel");
        c.settle();

        assertThat(cancelled.allText()).contains("cancelled").contains("1 answers so far are kept");
        ProjectRecord project = onlyProjectIn(channel);
        assertThat(project.intake().status()).isEqualTo(IntakeStatus.CANCELLED);
        assertThat(project.intake().answers().has("problem")).isTrue();
        // no title was given: the problem names the project.
        assertThat(project.title()).isEqualTo("Fraud rules miss new patterns, and analysts drown in alerts");
        List<SlackCall> updates = bot.slack.cardUpdates(c.cardTs);
        assertThat(updates.get(updates.size() - 1).allText())
                .contains("intake cancelled at 1/24")
                .contains("Fraud rules miss new patterns");

        int before = c.thread().size();
        bot.driver.threadReply(channel, OWNER, c.cardTs, "yes");
        c.settle();
        assertThat(c.thread()).hasSize(before);
    }

    private static ProjectRecord onlyProjectIn(String channel) {
        List<ProjectRecord> projects = bot.projects().stream()
                .filter(p -> p.channelId().equals(channel))
                .toList();
        assertThat(projects).hasSize(1);
        return projects.get(0);
    }
}
