package dev.mlidea.bot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.mlidea.bot.testing.Conversation;
import dev.mlidea.bot.testing.RunningBot;
import dev.mlidea.bot.testing.SlackCall;
import dev.mlidea.bot.testing.SlackDriver;
import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.conversations.intake.IntakeForm;
import dev.mlidea.conversations.intake.IntakeMode;
import dev.mlidea.conversations.intake.IntakeStatus;
import dev.mlidea.conversations.intake.Question;
import dev.mlidea.conversations.intake.Questionnaire;
import dev.mlidea.storage.ProjectRecord;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The quick intake as a team meets it in Slack, through signed requests: one live message edited in
 * place, private notes for help and near-answers, talk left alone, co-owners, the form, and more.
 */
class QuickIntakeIT {
    private static final String OWNER = "U0OWNER0001";
    private static final String CO_OWNER = "U0COOWNER01";
    private static final String GUEST = "U0GUEST0001";

    @AutoClose
    private static final RunningBot bot = new RunningBot();

    @Test
    void a_clean_quick_intake_leaves_the_card_the_live_message_and_the_assessment_and_nothing_else() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Reply drafts for agents");
        assertThat(c.live().allText()).contains("Quick intake", "question 1 of 8");

        c.completeQuick();
        c.settle();

        assertThat(bot.slack.cardPostsIn(channel)).hasSize(1);
        assertThat(c.thread()).hasSize(2); // the live message (now the summary) and the assessment
        assertThat(c.live().blockIds()).contains("summary");
        assertThat(c.live().allText()).contains("Agents retype the same replies");
        assertThat(c.ephemeralsTo(OWNER)).isEmpty();
        ProjectRecord project = project(c);
        assertThat(project.intake().status()).isEqualTo(IntakeStatus.COMPLETED);
        assertThat(project.intake().mode()).isEqualTo(IntakeMode.QUICK);
        assertThat(bot.storedAnswers(project.id())).hasSize(8);
    }

    @Test
    void help_a_near_answer_and_back_are_private_notes_and_edits_never_posts() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Reply drafts for agents");
        c.type("Agents retype the same replies to the same tickets all day");
        String second = c.openQuestion();
        assertThat(second).isEqualTo(IntakeForm.quickQuestions().get(1).key());

        SlackCall help = c.type("help");
        assertThat(help.method()).isEqualTo("chat.postEphemeral");
        assertThat(help.blockIds()).containsExactly("help");

        SlackCall nearMiss = c.type("7");
        assertThat(nearMiss.method()).isEqualTo("chat.postEphemeral");
        assertThat(nearMiss.blockIds()).containsExactly("r." + second);
        assertThat(nearMiss.allText()).contains("Was that an answer");

        SlackCall next = c.type("1");
        assertThat(next.method()).isEqualTo("chat.update");
        SlackCall back = c.type("back");
        assertThat(back.method()).isEqualTo("chat.update");
        assertThat(back.questionKey()).isEqualTo(second);
        assertThat(back.allText()).contains("Current answer");

        c.completeQuick();
        c.settle();
        assertThat(c.thread()).hasSize(2);
        assertThat(c.ephemeralsTo(OWNER)).hasSize(2);
    }

    @Test
    void an_owner_talking_in_the_thread_is_not_answering() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Reply drafts for agents");
        c.type("Agents retype the same replies to the same tickets all day");
        String open = c.openQuestion();
        int editsBefore = bot.slack.updatesOf(c.liveTs().orElseThrow()).size();

        bot.driver.threadReply(channel, OWNER, c.cardTs, "let me check with <@U0DANA0001> how the agents use macros");
        bot.driver.threadReply(channel, OWNER, c.cardTs, "Does anyone know whether we log the edits they make?");
        c.settle();

        assertThat(c.openQuestion()).isEqualTo(open);
        assertThat(bot.slack.updatesOf(c.liveTs().orElseThrow())).hasSize(editsBefore);
        assertThat(c.ephemeralsTo(OWNER)).isEmpty();
        assertThat(bot.storedAnswers(project(c).id())).hasSize(1);
    }

    @Test
    void a_co_owner_added_with_the_command_answers_like_the_proposer_and_others_cannot_add_owners() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Invoice field extraction");
        c.type("We key in invoice fields by hand from PDFs");

        String refused = SlackDriver.nextId("r");
        command(channel, GUEST, "owners invoice <@" + GUEST + "|eve>", refused);
        String done = SlackDriver.nextId("r");
        command(channel, OWNER, "owners Invoice field <@" + CO_OWNER + "|sam>", done);
        c.settle();

        assertThat(bot.slack.responses(refused))
                .singleElement()
                .satisfies(r -> assertThat(text(r)).contains("Only the owners"));
        assertThat(bot.slack.responses(done))
                .singleElement()
                .satisfies(r -> assertThat(text(r)).contains("Done", "<@" + CO_OWNER + ">"));
        assertThat(project(c).owners()).containsExactly(OWNER, CO_OWNER);
        assertThat(c.lastPost().allText()).contains("<@" + CO_OWNER + ">", "co-owner");
        assertThat(bot.slack
                        .updatesOf(c.cardTs)
                        .get(bot.slack.updatesOf(c.cardTs).size() - 1)
                        .allText())
                .contains("*Owners:*");

        String open = c.openQuestion();
        SlackCall moved = c.typeAs(CO_OWNER, "1");
        assertThat(moved.method()).isEqualTo("chat.update");
        assertThat(moved.questionKey()).isNotEqualTo(open);
        assertThat(bot.storedAnswers(project(c).id()))
                .anySatisfy(a -> assertThat(a.answeredBy()).isEqualTo(CO_OWNER));
    }

    @Test
    void naming_an_unknown_or_ambiguous_project_answers_with_the_choices() {
        String channel = RunningBot.newChannel(false);
        Conversation.start(bot, channel, OWNER, "Churn model for retail");
        Conversation.start(bot, channel, OWNER, "Churn model for banks");

        String ambiguous = SlackDriver.nextId("r");
        command(channel, OWNER, "owners churn <@" + CO_OWNER + ">", ambiguous);
        String unknown = SlackDriver.nextId("r");
        command(channel, OWNER, "owners zebra <@" + CO_OWNER + ">", unknown);
        bot.settle();

        assertThat(text(bot.slack.responses(ambiguous).get(0)))
                .contains("Several projects match", "Churn model for retail", "Churn model for banks");
        assertThat(text(bot.slack.responses(unknown).get(0))).contains("No project here is called", "Your projects");
    }

    @Test
    void the_form_opens_prefilled_refuses_a_blank_answer_in_place_and_saves_the_rest() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Reply drafts for agents");
        c.type("Agents retype the same replies to the same tickets all day");

        int opened = bot.slack.viewsOpened().size();
        bot.driver.clickOnCard(channel, OWNER, c.cardTs, "open_form", "x");
        await().atMost(Conversation.PATIENCE)
                .until(() -> bot.slack.viewsOpened().size() > opened);
        JsonObject view = JsonParser.parseString(
                        bot.slack.viewsOpened().get(opened).param("view"))
                .getAsJsonObject();
        assertThat(view.get("callback_id").getAsString()).isEqualTo("quick_intake");
        assertThat(view.toString()).contains("Agents retype the same replies");
        String metadata = view.get("private_metadata").getAsString();

        Map<String, String> answers = new LinkedHashMap<>();
        for (Question q : IntakeForm.quickQuestions()) answers.put(q.key(), firstOf(q));
        answers.put(Questionnaire.PROBLEM, "   \u00a0 ");
        HttpResponse<String> refused = submit(metadata, answers, "h1");
        assertThat(refused.statusCode()).isEqualTo(200);
        JsonObject errors = JsonParser.parseString(refused.body()).getAsJsonObject();
        assertThat(errors.get("response_action").getAsString()).isEqualTo("errors");
        assertThat(errors.getAsJsonObject("errors").keySet()).containsExactly("f." + Questionnaire.PROBLEM);
        c.settle();
        assertThat(bot.storedAnswers(project(c).id())).hasSize(1);

        answers.put(Questionnaire.PROBLEM, "Agents retype the same replies 🙃\u0007 ".repeat(160));
        HttpResponse<String> tooLong = submit(metadata, answers, "h1b");
        assertThat(JsonParser.parseString(tooLong.body())
                        .getAsJsonObject()
                        .getAsJsonObject("errors")
                        .keySet())
                .containsExactly("f." + Questionnaire.PROBLEM);

        answers.put(Questionnaire.PROBLEM, "Agents retype the same replies, and customers wait");
        HttpResponse<String> saved = submit(metadata, answers, "h2");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).doesNotContain("errors");
        c.awaitAssessment(1);
        c.settle();

        assertThat(project(c).intake().status()).isEqualTo(IntakeStatus.COMPLETED);
        assertThat(bot.storedAnswers(project(c).id())).hasSize(8);
        assertThat(c.thread()).hasSize(2);
        assertThat(c.live().blockIds()).contains("summary");
    }

    @Test
    void a_form_saved_later_keeps_answers_changed_in_the_thread_since_it_opened() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Reply drafts for agents");
        c.type("Agents retype the same replies to the same tickets all day");
        String metadata = openForm(channel, c);
        c.type("back");
        c.type("Agents retype replies, and customers wait two days for them");

        Map<String, String> answers = new LinkedHashMap<>();
        answers.put(Questionnaire.PROBLEM, "Agents retype the same replies to the same tickets all day");
        answers.put(Questionnaire.USE_HOW, Questionnaire.USE_PERSON_DECIDES);
        assertThat(submit(metadata, answers, "k1").body()).doesNotContain("errors");
        c.settle();

        var stored = project(c).intake().answers();
        assertThat(stored.text(Questionnaire.PROBLEM))
                .contains("Agents retype replies, and customers wait two days for them");
        assertThat(stored.picked(Questionnaire.USE_HOW)).contains(Questionnaire.USE_PERSON_DECIDES);
    }

    @Test
    void a_finished_intakes_form_saved_unchanged_changes_nothing_and_a_change_reassesses_and_updates_the_summary() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Reply drafts for agents");
        c.completeQuick();
        c.settle();
        String metadata = openForm(channel, c);
        Map<String, String> shown = new LinkedHashMap<>();
        for (Question q : IntakeForm.quickQuestions()) {
            shown.put(q.key(), Conversation.typicalValue(q));
        }

        assertThat(submit(metadata, shown, "u1").body()).isEmpty();
        c.settle();
        assertThat(c.thread()).hasSize(2);

        shown.put(Questionnaire.SUCCESS_CRITERIA, "A third of drafts sent unedited in the pilot");
        submit(metadata, shown, "u2");
        c.awaitAssessment(2);
        c.settle();
        assertThat(c.thread()).hasSize(3);
        assertThat(c.live().blockIds()).contains("summary");
        assertThat(c.live().allText()).contains("A third of drafts sent unedited");
    }

    @Test
    void an_intake_in_progress_without_a_live_message_gets_one_at_its_next_answer() {
        // Projects begun before the live message existed, or whose question post failed for good.
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Reply drafts for agents");
        c.settle();
        bot.sql("UPDATE projects SET question_ts = NULL WHERE card_ts = ?", c.cardTs);

        c.type("Agents retype the same replies to the same tickets all day");
        c.settle();

        assertThat(c.thread()).hasSize(2);
        assertThat(c.lastPost().questionKey()).isEqualTo(Questionnaire.USE_HOW);
        assertThat(c.liveTs()).isPresent();
        assertThat(c.type("1").method()).isEqualTo("chat.update");
    }

    @Test
    void more_on_someone_elses_project_is_refused_and_starts_nothing() {
        String channel = RunningBot.newChannel(false);
        Conversation.start(bot, channel, OWNER, "Invoice field extraction");
        int projects = bot.projects().size();

        String response = SlackDriver.nextId("r");
        command(channel, GUEST, "more invoice", response);
        bot.settle();

        assertThat(text(bot.slack.responses(response).get(0))).contains("Only this project's owners");
        assertThat(bot.projects()).hasSize(projects);
    }

    @Test
    void a_project_in_another_channel_is_never_named_to_someone_who_does_not_own_it() {
        String secret = RunningBot.newChannel(true);
        Conversation.start(bot, secret, OWNER, "Layoff risk scoring");
        String channel = RunningBot.newChannel(false);

        String response = SlackDriver.nextId("r");
        command(channel, GUEST, "owners layoff <@" + GUEST + ">", response);
        bot.settle();

        assertThat(text(bot.slack.responses(response).get(0)))
                .contains("No project here")
                .doesNotContain("Layoff");
    }

    @Test
    void someone_who_is_not_an_owner_gets_a_form_that_says_so() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Reply drafts for agents");

        int opened = bot.slack.viewsOpened().size();
        bot.driver.clickOnCard(channel, GUEST, c.cardTs, "open_form", "x");

        await().atMost(Conversation.PATIENCE)
                .until(() -> bot.slack.viewsOpened().size() > opened);
        JsonObject view = JsonParser.parseString(
                        bot.slack.viewsOpened().get(opened).param("view"))
                .getAsJsonObject();
        assertThat(view.has("callback_id")).isFalse();
        assertThat(view.getAsJsonArray("blocks").toString())
                .contains("Only this project")
                .doesNotContain("f.problem");
    }

    @Test
    void a_form_slack_would_not_open_is_explained_privately_and_changes_nothing() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Reply drafts for agents");
        String responseId = SlackDriver.nextId("r");
        bot.slack.failViewsOpen("expired_trigger_id");
        try {
            bot.driver.clickOnCard(channel, OWNER, c.cardTs, "open_form", "x", bot.slack.responseUrl(responseId));
            await().atMost(Conversation.PATIENCE)
                    .until(() -> !bot.slack.responses(responseId).isEmpty());
        } finally {
            bot.slack.heal();
        }

        assertThat(text(bot.slack.responses(responseId).get(0))).contains("couldn't open the form");
        assertThat(project(c).intake().answers().byKey()).isEmpty();
    }

    @Test
    void more_goes_on_with_the_full_intake_in_a_new_live_message() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Reply drafts for agents");
        c.completeQuick();
        c.settle();

        String response = SlackDriver.nextId("r");
        command(channel, OWNER, "more", response);
        c.settle();

        assertThat(text(bot.slack.responses(response).get(0))).contains("goes on in its thread");
        assertThat(c.thread()).hasSize(3);
        assertThat(c.live().allText()).contains("Full intake");
        assertThat(project(c).intake().mode()).isEqualTo(IntakeMode.FULL);
        assertThat(project(c).intake().status()).isEqualTo(IntakeStatus.IN_PROGRESS);
    }

    @Test
    void stakeholders_are_picked_with_the_people_picker_and_nobody_is_pinged() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Reply drafts for agents");
        c.completeQuick();
        command(channel, OWNER, "more", SlackDriver.nextId("r"));
        c.settle();
        while (!Questionnaire.SUCCESS_STAKEHOLDERS.equals(c.openQuestion())) c.type("skip");
        assertThat(c.live().actionIds()).contains("people");

        SlackCall next = c.expectReply(() -> bot.driver.pickPeople(
                channel,
                OWNER,
                c.cardTs,
                "a." + Questionnaire.SUCCESS_STAKEHOLDERS,
                List.of("U0PM000001", "U0LEGAL01")));

        assertThat(next.method()).isEqualTo("chat.update");
        assertThat(next.questionKey()).isNotEqualTo(Questionnaire.SUCCESS_STAKEHOLDERS);
        assertThat(next.allText()).contains("2 people named").doesNotContain("<@U0PM000001>");
        assertThat(bot.storedAnswers(project(c).id()))
                .anySatisfy(
                        a -> assertThat(a.answer()).isEqualTo(new Answer.People(List.of("U0PM000001", "U0LEGAL01"))));
    }

    @Test
    void more_followed_by_words_that_name_no_project_starts_an_idea_with_that_title() {
        String channel = RunningBot.newChannel(false);

        var response = bot.driver.slashCommand(
                channel, OWNER, "More accurate churn model", bot.slack.responseUrl(SlackDriver.nextId("r")));
        assertThat(response.statusCode()).isEqualTo(200);
        bot.settle();

        assertThat(bot.projects()).anySatisfy(p -> assertThat(p.title()).isEqualTo("More accurate churn model"));
    }

    /** Clicks the card's form button as the owner and returns the opened form's private_metadata. */
    private static String openForm(String channel, Conversation c) {
        int opened = bot.slack.viewsOpened().size();
        bot.driver.clickOnCard(channel, OWNER, c.cardTs, "open_form", "x");
        await().atMost(Conversation.PATIENCE)
                .until(() -> bot.slack.viewsOpened().size() > opened);
        return JsonParser.parseString(bot.slack.viewsOpened().get(opened).param("view"))
                .getAsJsonObject()
                .get("private_metadata")
                .getAsString();
    }

    private static ProjectRecord project(Conversation c) {
        return bot.projects().stream()
                .filter(p -> p.cardTs().equals(java.util.Optional.of(c.cardTs)))
                .findFirst()
                .orElseThrow();
    }

    private static void command(String channel, String user, String text, String responseId) {
        var response = bot.driver.slashCommand(channel, user, text, bot.slack.responseUrl(responseId));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private static String text(JsonObject response) {
        return response.toString();
    }

    /** A question's first choice as the form's select sends it, or a sentence for a text question. */
    private static String firstOf(Question q) {
        return switch (q.kind()) {
            case TEXT -> "Half of the drafts sent with light edits in the pilot";
            case SCALE -> "4";
            default -> q.choices().get(0).id();
        };
    }

    private static HttpResponse<String> submit(String metadata, Map<String, String> answers, String hash) {
        var values = new JsonObject();
        answers.forEach((key, value) -> {
            Question q = Questionnaire.byKey(key).orElseThrow();
            var field = new JsonObject();
            switch (q.kind()) {
                case TEXT -> {
                    field.addProperty("type", "plain_text_input");
                    field.addProperty("value", value);
                }
                case MULTI -> {
                    field.addProperty("type", "checkboxes");
                    var options = new JsonArray();
                    options.add(option(value));
                    field.add("selected_options", options);
                }
                default -> {
                    field.addProperty("type", "static_select");
                    field.add("selected_option", option(value));
                }
            }
            var block = new JsonObject();
            block.add("v", field);
            values.add("f." + key, block);
        });
        return bot.driver.submitView(OWNER, "quick_intake", metadata, values, "V0VIEW0001", hash);
    }

    private static JsonObject option(String value) {
        var option = new JsonObject();
        var text = new JsonObject();
        text.addProperty("type", "plain_text");
        text.addProperty("text", value);
        option.add("text", text);
        option.addProperty("value", value);
        return option;
    }

    static List<String> keys() {
        return IntakeForm.quickQuestions().stream().map(Question::key).toList();
    }
}
