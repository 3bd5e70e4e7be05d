package dev.mlidea.bot.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mlidea.bot.testing.Conversation;
import dev.mlidea.bot.testing.FakeSlack;
import dev.mlidea.bot.testing.RunningBot;
import dev.mlidea.bot.testing.SlackCall;
import dev.mlidea.bot.testing.SlackDriver;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.StoredAssessment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The assessment at the end of an intake, and every way to correct it, driven through Slack. */
class AssessmentIT {
    private static final String OWNER = "U0OWNER0003";

    @AutoClose
    private static final RunningBot bot = new RunningBot();

    /** Code completion: Software 2.0, high impact, feasible. */
    private static Map<String, String> codeCompletion() {
        var answers = new HashMap<String, String>();
        answers.put("problem", "Completion in our IDE is hand-written rules <!here> & it shows");
        answers.put("ready.product", "yes");
        answers.put("ready.data", "yes");
        answers.put("ready.people", "yes");
        answers.put("need.solve_at_all", "yes");
        answers.put("need.baseline", "fell short");
        answers.put("ethics", "fine");
        answers.put("impact.signals", "friction, software 2.0");
        answers.put("impact.rating", "5");
        answers.put("cost.data", "4");
        answers.put("cost.wrong_predictions", "2");
        answers.put("cost.accuracy", "2");
        answers.put("cost.difficulty", "2");
        answers.put("hard.traits", "complex output");
        answers.put("arch.automated_today", "yes");
        // Developers take or ignore each completion: users, not reviewers.
        answers.put("arch.human_review", "users pick");
        answers.put("arch.acts_alone", "no");
        answers.put("flywheel.loop", "yes");
        answers.put("flywheel.more_data_helps", "yes");
        answers.put("flywheel.better_model_helps_product", "yes");
        answers.put("success.criteria", "30% of suggestions accepted");
        answers.put("success.stakeholders", "<@U0PM000001>");
        answers.put("check.literature", "done");
        answers.put("check.benchmark", "not started");
        answers.put("check.baseline_model", "done");
        answers.put("revalidate.every", "2");
        answers.put("need.still_sure", "yes");
        return answers;
    }

    /** Code completion through the quick intake's eight questions, as its team would answer them. */
    private static Map<String, String> quickCodeCompletion() {
        var answers = new HashMap<String, String>();
        answers.put("problem", "Completion in our IDE is hand-written rules <!here> & it shows");
        // Software completes code today; ML would improve it: Software 2.0, and nobody reviews.
        answers.put("use.how", "software_today");
        answers.put("need.ml", "fell_short");
        answers.put("impact.signals", "friction, software 2.0");
        answers.put("data.state", "labeled");
        answers.put("cost.wrong_answer", "annoyance");
        answers.put("done.before", "published");
        answers.put("success.criteria", "30% of suggestions accepted");
        return answers;
    }

    /**
     * Starts a project and switches it to the full questionnaire with {@code /mlidea more} before the
     * first answer, so every full question is asked in the old order: the tests that read the full
     * answers (the 1–5 scales, the archetype questions) go this way.
     */
    private static Conversation startFull(String title) {
        Conversation c = Conversation.start(bot, RunningBot.newChannel(false), OWNER, title);
        String response = SlackDriver.nextId("r");
        var ack = bot.driver.slashCommand(c.channel, OWNER, "more", bot.slack.responseUrl(response));
        assertThat(ack.statusCode()).isEqualTo(200);
        await().atMost(Conversation.PATIENCE).until(() -> c.live().allText().contains("Full intake"));
        assertThat(c.openQuestion()).isEqualTo("problem");
        return c;
    }

    @Test
    void the_end_of_a_quick_intake_posts_the_assessment_and_puts_its_headline_on_the_card() {
        Conversation c = Conversation.start(bot, RunningBot.newChannel(false), OWNER, "Code completion <!channel>");
        SlackCall assessment = c.completeWith(quickCodeCompletion());
        c.settle();

        assertThat(assessment.param("thread_ts")).isEqualTo(c.cardTs);
        // verdict first, then the archetype and the reasons; the arithmetic is behind Why?.
        assertThat(assessment.blockIds())
                .startsWith("assessment.verdict", "assessment.archetype", "assessment.scores")
                .contains("assessment.guidance", "assessment.1")
                .doesNotContain("assessment.why");
        assertThat(assessment.actionIds())
                .containsExactly(
                        "looks_right",
                        "why",
                        "archetype.software_2_0",
                        "archetype.human_in_the_loop",
                        "archetype.autonomous",
                        "edit_answer");
        assertThat(primaryButtons(assessment)).isEqualTo(1);
        // the quick intake does not ask the checklist: looking for published work comes first.
        assertThat(assessment.mrkdwnTexts().get(0)).startsWith("*Do it now* — first step: Do a literature review");
        String text = assessment.allText();
        assertThat(text)
                .contains("Software 2.0")
                .contains("Impact")
                .contains("Feasibility")
                .contains("*impact +1.0* — high-impact signals")
                .contains("█")
                // no zero terms, and the full arithmetic is not in the thread.
                .doesNotContain("(0.0)")
                .doesNotContain("starts at 2.0");
        // a clean quick intake: the live message (now the summary) and the assessment, nothing else.
        assertThat(c.thread()).hasSize(2);
        assertThat(c.live().blockIds()).contains("summary");

        SlackCall card = lastCardUpdate(c);
        assertThat(card.allText())
                .contains("intake complete")
                .contains("*Verdict:* Do it now — *next step:* Do a literature review")
                .contains("*Archetype:* Software 2.0");
        assertThat(card.allText().indexOf("*Verdict:*"))
                .isLessThan(card.allText().indexOf("*Archetype:*"));

        ProjectRecord project = projectOf(c);
        List<StoredAssessment> versions = bot.db(uow -> uow.assessments().all(FakeSlack.TEAM, project.id()));
        assertThat(versions).hasSize(1);
        StoredAssessment stored = versions.get(0);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.trigger()).isEqualTo("intake_completed");
        assertThat(stored.archetype()).isEqualTo("software_2_0");
        assertThat(stored.quadrant()).isEqualTo("DO_IT_NOW");
        assertThat(stored.modelVersion()).isEqualTo("2");
        // the eight answers given, not what the assessment read into them.
        assertThat(stored.inputs())
                .containsEntry("use.how", "software_today")
                .containsEntry("data.state", "labeled")
                .doesNotContainKey("impact.rating")
                .hasSize(8);
    }

    @Test
    void changing_the_archetype_rescores_keeps_both_versions_and_updates_the_card() {
        // the full answers: how often it must be right is what makes acting alone harder.
        Conversation c = startFull("Override");
        c.completeWith(codeCompletion());
        c.settle();
        StoredAssessment first = latest(c);

        c.clickOnAssessment(1, "archetype.autonomous", "autonomous");
        SlackCall second = c.awaitAssessment(2);
        c.settle();

        assertThat(second.allText())
                .contains("Autonomous")
                .contains("your choice")
                .contains("Software 2.0");
        List<StoredAssessment> versions =
                bot.db(uow -> uow.assessments().all(FakeSlack.TEAM, projectOf(c).id()));
        assertThat(versions).extracting(StoredAssessment::version).containsExactly(1, 2);
        StoredAssessment now = versions.get(1);
        assertThat(now.trigger()).isEqualTo("archetype_changed");
        assertThat(now.suggestedArchetype()).isEqualTo("software_2_0");
        assertThat(now.confirmedArchetype()).contains("autonomous");
        assertThat(now.archetype()).isEqualTo("autonomous");
        assertThat(now.feasibility()).isLessThan(first.feasibility());
        assertThat(lastCardUpdate(c).allText()).contains("*Archetype:* Autonomous");

        // a button on the older assessment changes nothing and says so privately.
        int ephemeralsBefore = bot.slack.ephemeralsTo(OWNER).size();
        c.clickOnAssessment(1, "archetype.human_in_the_loop", "human_in_the_loop");
        await().atMost(Conversation.PATIENCE)
                .until(() -> bot.slack.ephemeralsTo(OWNER).size() > ephemeralsBefore);
        c.settle();
        assertThat(bot.slack.ephemeralsTo(OWNER).get(ephemeralsBefore).allText())
                .contains("older assessment");
        assertThat(versions(c)).hasSize(2);
    }

    @Test
    void editing_one_answer_reassesses_and_moves_the_quadrant_when_it_should() {
        Conversation c = startFull("Edit me");
        c.completeWith(codeCompletion());
        c.settle();
        assertThat(latest(c).quadrant()).isEqualTo("DO_IT_NOW");

        c.chooseAnswerToEdit(1, "cost.data");
        await().atMost(Conversation.PATIENCE).until(() -> "cost.data".equals(c.openQuestion()));
        assertThat(c.last().allText()).contains("Current answer: 4/5");
        c.click("1");
        SlackCall second = c.awaitAssessment(2);
        c.settle();

        assertThat(second.allText()).contains("Big bet");
        // The first live message became the summary; the re-opened question's message says "changed",
        // and no second summary is shown anywhere in the thread.
        assertThat(bot.slack.calls("chat.update"))
                .filteredOn(m -> c.channel.equals(m.param("channel")))
                .filteredOn(m -> m.blockIds().contains("summary"))
                .hasSize(1);
        assertThat(c.live().blockIds()).containsExactly("live.changed");
        assertThat(c.thread())
                .extracting(m -> m.blockIds().contains("live.progress"))
                .containsExactly(true, false, true, false);
        StoredAssessment now = latest(c);
        assertThat(now.version()).isEqualTo(2);
        assertThat(now.trigger()).isEqualTo("answer_edited");
        assertThat(now.quadrant()).isEqualTo("BIG_BET");
        assertThat(now.inputs()).containsEntry("cost.data", "1");
        assertThat(lastCardUpdate(c).allText()).contains("Big bet").contains("intake complete");
    }

    @Test
    void cancel_while_editing_keeps_the_answer_and_the_assessment_and_the_old_menu_is_refused() {
        Conversation c = startFull("Edit then cancel");
        c.completeWith(codeCompletion());
        c.settle();

        c.chooseAnswerToEdit(1, "cost.data");
        await().atMost(Conversation.PATIENCE).until(() -> "cost.data".equals(c.openQuestion()));
        // the card update may go out after the question: wait for every message owed.
        c.settle();
        assertThat(lastCardUpdate(c).allText()).contains("editing an answer");
        SlackCall cancelled = c.type("cancel");
        c.settle();

        assertThat(cancelled.blockIds()).contains("edit_cancelled");
        assertThat(versions(c)).hasSize(1);
        assertThat(projectOf(c).intake().status()).isEqualTo(dev.mlidea.conversations.intake.IntakeStatus.COMPLETED);
        assertThat(projectOf(c).intake().answers().scale("cost.data")).hasValue(4);
        assertThat(lastCardUpdate(c).allText()).contains("intake complete").contains("Do it now");

        // after a re-assessment the first assessment's menu is out of date.
        c.clickOnAssessment(1, "archetype.autonomous", "autonomous");
        c.awaitAssessment(2);
        c.settle();
        int ephemeralsBefore = bot.slack.ephemeralsTo(OWNER).size();
        c.chooseAnswerToEdit(1, "cost.data");
        await().atMost(Conversation.PATIENCE)
                .until(() -> bot.slack.ephemeralsTo(OWNER).size() > ephemeralsBefore);
        c.settle();
        assertThat(projectOf(c).intake().status()).isEqualTo(dev.mlidea.conversations.intake.IntakeStatus.COMPLETED);
    }

    @Test
    void looks_right_confirms_the_assessment_and_names_the_first_step() {
        Conversation c = Conversation.start(bot, RunningBot.newChannel(false), OWNER, "Confirm me");
        c.completeWith(quickCodeCompletion());
        c.settle();

        SlackCall reply = c.expectReply(() -> c.clickOnAssessment(1, "looks_right", "looks_right"));
        c.settle();

        assertThat(reply.allText()).contains("<@" + OWNER + "> confirmed").contains("Just get started");
        StoredAssessment stored = latest(c);
        assertThat(stored.acknowledgedBy()).contains(OWNER);
        assertThat(stored.confirmedArchetype()).contains("software_2_0");
    }

    @Test
    void ambiguous_answers_ask_the_proposer_to_confirm_the_archetype() {
        // "Not sure yet" how it would be used: nothing says which archetype it is.
        Map<String, String> unclear = quickCodeCompletion();
        unclear.put("use.how", "unsure");
        unclear.put("impact.signals", "friction");
        Conversation c = Conversation.start(bot, RunningBot.newChannel(false), OWNER, "Unclear");
        SlackCall assessment = c.completeWith(unclear);
        c.settle();

        assertThat(assessment.allText()).contains("Which is it?");
        assertThat(lastCardUpdate(c).allText()).contains("(unconfirmed)");
        assertThat(latest(c).suggestionConfident()).isFalse();
        assertThat(latest(c).confirmedArchetype()).isEmpty();

        c.clickOnAssessment(1, "archetype.human_in_the_loop", "human_in_the_loop");
        SlackCall confirmed = c.awaitAssessment(2);
        c.settle();
        assertThat(confirmed.allText()).doesNotContain("Which is it?");
        assertThat(latest(c).confirmedArchetype()).contains("human_in_the_loop");
        assertThat(lastCardUpdate(c).allText()).contains("Human-in-the-loop").doesNotContain("(unconfirmed)");
    }

    @Test
    void not_sure_ml_is_needed_turns_the_assessment_into_an_honest_dont_build() {
        // The quick intake asks it once: "Honestly, it doesn't need solving".
        Map<String, String> doubtful = quickCodeCompletion();
        doubtful.put("need.ml", "not_needed");
        Conversation c = Conversation.start(bot, RunningBot.newChannel(false), OWNER, "Doubtful");
        SlackCall assessment = c.completeWith(doubtful);
        c.settle();

        assertThat(assessment.blockIds()).contains("assessment.verdict", "assessment.red_flags");
        assertThat(assessment.mrkdwnTexts().get(0)).startsWith(":octagonal_sign: *Don't build this with ML (yet)*");
        assertThat(assessment.allText()).contains("You said this problem does not need solving");
        assertThat(latest(c).dontBuild()).isTrue();
        assertThat(latest(c).redFlags()).contains("NOT_SURE_ML_NEEDED");
        // never "Do it now" beside "don't build", and agreeing says so rather than "just get started".
        assertThat(latest(c).quadrant()).isEqualTo("DONT_BUILD");
        assertThat(assessment.allText()).doesNotContain("Do it now");
        SlackCall agreed = c.expectReply(() -> c.clickOnAssessment(1, "looks_right", "looks_right"));
        assertThat(agreed.allText())
                .contains("agreed: don't build this with ML (yet)")
                .doesNotContain("Just get started");
    }

    @Test
    void no_success_criteria_is_a_not_yet_verdict_that_still_shows_the_scores() {
        Map<String, String> noCriteria = quickCodeCompletion();
        noCriteria.put("success.criteria", "none yet");
        Conversation c = Conversation.start(bot, RunningBot.newChannel(false), OWNER, "No criteria");
        SlackCall assessment = c.completeWith(noCriteria);
        c.settle();

        assertThat(assessment.blockIds()).contains("assessment.verdict", "assessment.scores");
        assertThat(assessment.mrkdwnTexts().get(0))
                .startsWith(":no_entry: *Not yet — no success criteria* — first step: Put in the work upfront")
                .contains("Success criteria agreed with all of the stakeholders unblock it.");
        assertThat(assessment.allText())
                .contains("Where the scores put it: high impact, high feasibility")
                .doesNotContain("Do it now")
                .contains("█");
        // the gate is the verdict: its red flag is not said again.
        assertThat(assessment.allText()).doesNotContain("There are no success criteria yet");
        assertThat(latest(c).quadrant()).isEqualTo("NOT_YET_NO_SUCCESS_CRITERIA");
        assertThat(latest(c).modelVersion()).isEqualTo("2");
        assertThat(lastCardUpdate(c).allText()).contains("*Verdict:* Not yet — no success criteria");
    }

    @Test
    void only_owners_can_change_the_assessment() {
        Conversation c = Conversation.start(bot, RunningBot.newChannel(false), OWNER, "Strangers keep out");
        c.completeWith(quickCodeCompletion());
        c.settle();

        bot.driver.click(c.channel, "U0STRANGER1", c.cardTs, "assessment.1", "archetype.autonomous", "autonomous");
        await().atMost(Conversation.PATIENCE)
                .until(() -> !bot.slack.ephemeralsTo("U0STRANGER1").isEmpty());
        c.settle();
        assertThat(versions(c)).hasSize(1);
    }

    @Test
    void why_sends_the_clicker_alone_the_arithmetic_of_the_version_clicked() {
        Conversation c = startFull("Why me");
        SlackCall first = c.completeWith(codeCompletion());
        c.settle();
        assertThat(primaryButtons(first)).isEqualTo(1);
        assertThat(first.actionIds()).contains("why");

        // anyone may ask, not only the owners; it changes nothing.
        String curious = "U0CURIOUS01";
        int postsBefore = c.thread().size();
        var response = bot.driver.click(c.channel, curious, c.cardTs, "assessment.1", "why", "why");
        assertThat(response.statusCode()).isEqualTo(200);
        await().atMost(Conversation.PATIENCE)
                .until(() -> !bot.slack.ephemeralsTo(curious).isEmpty());
        c.settle();

        List<SlackCall> toCurious = bot.slack.ephemeralsTo(curious);
        assertThat(toCurious).hasSize(1);
        SlackCall why = toCurious.get(0);
        assertThat(why.param("thread_ts")).isEqualTo(c.cardTs);
        assertThat(why.param("channel")).isEqualTo(c.channel);
        StoredAssessment v1 = latest(c);
        assertThat(v1.inputs())
                .containsEntry("impact.rating", "5")
                .containsEntry("cost.accuracy", "2")
                .hasSize(27);
        assertThat(why.allText())
                .contains("Why assessment #1 says “Do it now”")
                .contains("Impact " + AssessmentMessages.format(v1.impact()) + " / 5")
                .contains("Feasibility " + AssessmentMessages.format(v1.feasibility()) + " / 5")
                .contains("starts at 2.0")
                .contains("impact rating 5/5 (+0.6)")
                .contains("full data flywheel (+0.6)")
                .contains("accuracy requirement 2/5 (−0.1)")
                .contains("data availability 4/5 (+0.5)")
                .contains("scoring model v2")
                .doesNotContain("(0.0)");
        // nobody else is told anything (the owner's other tests share this bot: only this channel counts).
        assertThat(bot.slack.calls("chat.postEphemeral"))
                .filteredOn(m -> c.channel.equals(m.param("channel")))
                .extracting(m -> m.param("user"))
                .containsExactly(curious);
        assertThat(c.thread()).hasSize(postsBefore);
        assertThat(versions(c)).hasSize(1);
        assertThat(latest(c).acknowledgedBy()).isEmpty();

        // Why? on an older version explains that version, not the newest.
        c.chooseAnswerToEdit(1, "cost.data");
        await().atMost(Conversation.PATIENCE).until(() -> "cost.data".equals(c.openQuestion()));
        c.click("1");
        c.awaitAssessment(2);
        c.settle();
        bot.driver.click(c.channel, curious, c.cardTs, "assessment.1", "why", "why");
        bot.driver.click(c.channel, curious, c.cardTs, "assessment.2", "why", "why");
        await().atMost(Conversation.PATIENCE)
                .until(() -> bot.slack.ephemeralsTo(curious).size() >= 3);
        c.settle();
        List<SlackCall> later = bot.slack.ephemeralsTo(curious);
        assertThat(later).hasSize(3);
        assertThat(later)
                .anySatisfy(m -> assertThat(m.allText())
                        .contains("Why assessment #1 says “Do it now”")
                        .contains("data availability 4/5 (+0.5)"))
                .anySatisfy(m -> assertThat(m.allText())
                        .contains("Why assessment #2 says “Big bet")
                        .contains("data availability 1/5 (−1.0)"));
    }

    /** How many buttons in the message are styled primary, counted in the JSON Slack receives. */
    private static int primaryButtons(SlackCall message) {
        String blocks = message.param("blocks");
        int count = 0;
        for (int at = blocks.indexOf("\"style\":\"primary\"");
                at >= 0;
                at = blocks.indexOf("\"style\":\"primary\"", at + 1)) count++;
        return count;
    }

    private static List<StoredAssessment> versions(Conversation c) {
        return bot.db(uow -> uow.assessments().all(FakeSlack.TEAM, projectOf(c).id()));
    }

    private static StoredAssessment latest(Conversation c) {
        return bot.db(uow ->
                        uow.assessments().latest(FakeSlack.TEAM, projectOf(c).id()))
                .orElseThrow();
    }

    private static ProjectRecord projectOf(Conversation c) {
        return bot.projects().stream()
                .filter(p -> p.channelId().equals(c.channel))
                .findFirst()
                .orElseThrow();
    }

    private static SlackCall lastCardUpdate(Conversation c) {
        List<SlackCall> updates = bot.slack.cardUpdates(c.cardTs);
        return updates.get(updates.size() - 1);
    }
}
