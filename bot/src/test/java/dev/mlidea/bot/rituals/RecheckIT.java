package dev.mlidea.bot.rituals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.mlidea.bot.criteria.CriteriaMessages;
import dev.mlidea.bot.criteria.CriteriaViews;
import dev.mlidea.bot.testing.Conversation;
import dev.mlidea.bot.testing.FakeSlack;
import dev.mlidea.bot.testing.RunningBot;
import dev.mlidea.bot.testing.SlackCall;
import dev.mlidea.bot.testing.SlackDriver;
import dev.mlidea.conversations.intake.Questionnaire;
import dev.mlidea.conversations.rituals.Revalidation;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.conversations.rituals.StageMove;
import dev.mlidea.storage.ValidationRecord;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The success criteria's re-check end to end: the reminder when the cadence comes round, each of its
 * buttons through its modal (refusals included), the metric trend, the owner's direct message and the
 * overdue mark. Signed requests in, WireMock for Slack, the bot's clock moved, never a sleep.
 */
class RecheckIT {
    static final String OWNER = "U0RECHKOWN1";
    static final String GUEST = "U0RECHKGST1";
    /** Monday 10:00 UTC, 11:00 in Berlin: a quick intake's two-week re-check falls due in working hours. */
    static final Instant MONDAY = Instant.parse("2026-12-07T10:00:00Z");

    static final Duration STEP = Duration.ofHours(6);
    static final String CRITERIA = "Half of the drafts sent with light edits in the pilot";

    @Test
    void the_reminder_comes_when_due_and_still_valid_with_a_metric_starts_the_count_again() {
        try (var bot = new RunningBot(MONDAY)) {
            bot.slack.userZone(OWNER, "Europe/Berlin");
            var h = RitualsHarness.completed(bot, OWNER, "Reply drafts");

            bot.advanceRituals(Duration.ofDays(14).minusHours(6), STEP);
            assertThat(reminders(h)).as("not before the cadence comes round").isEmpty();
            bot.advanceRituals(Duration.ofHours(6), STEP);

            assertThat(reminders(h)).singleElement().satisfies(m -> {
                assertThat(m.allText())
                        .contains("<@" + OWNER + ">")
                        .contains(CRITERIA)
                        .contains("every 2 weeks");
                assertThat(m.actionIds())
                        .containsExactly(
                                CriteriaMessages.STILL_VALID_ACTION,
                                CriteriaMessages.UPDATE_ACTION,
                                CriteriaMessages.KILL_ACTION);
            });
            Instant due = MONDAY.plus(Duration.ofDays(14));
            assertThat(h.ritual().revalRemindedAt()).contains(due);
            assertThat(h.card().allText()).contains("Re-check:* due since");

            bot.clock.advance(Duration.ofHours(1));
            SlackCall modal = openFromThread(bot, h, OWNER, CriteriaMessages.STILL_VALID_ACTION);
            assertThat(callbackOf(modal)).isEqualTo(CriteriaViews.STILL_VALID);
            assertThat(modal.param("view")).contains(CRITERIA);
            assertThat(submit(bot, OWNER, modal, Map.of("metric.text", "12% sent as is", "metric.number", "12%"))
                            .body())
                    .doesNotContain("errors");
            bot.settle();

            ValidationRecord v = h.validations().get(0);
            assertThat(v.outcome()).isEqualTo(ValidationRecord.Outcome.STILL_VALID);
            assertThat(v.by()).isEqualTo(OWNER);
            assertThat(v.oldCriteria()).isEqualTo(CRITERIA);
            assertThat(v.metricText()).contains("12% sent as is");
            assertThat(v.metricNumber()).contains(new BigDecimal("12"));
            assertThat(h.ritual().lastValidationAt()).isEqualTo(bot.clock.instant());
            assertThat(h.ritual().revalidation().status(bot.clock.instant())).isEqualTo(Revalidation.Status.SCHEDULED);
            assertThat(h.postsWithBlock("recheck.still_valid"))
                    .singleElement()
                    .satisfies(
                            m -> assertThat(m.allText()).contains("still valid").contains("12%"));
            assertThat(h.card().allText()).contains("Next re-check:*").doesNotContain("due since");

            Instant answered = bot.clock.instant();
            bot.advanceRituals(Duration.ofDays(14).minusHours(1), STEP);
            assertThat(reminders(h))
                    .as("two weeks from the answer, not from the first due date")
                    .hasSize(1);
            bot.advanceRituals(Duration.ofHours(1), Duration.ofHours(1));
            assertThat(reminders(h)).hasSize(2);
            assertThat(h.ritual().revalRemindedAt()).contains(answered.plus(Duration.ofDays(14)));
        }
    }

    @Test
    void three_check_ins_make_a_trend_on_the_card_and_on_the_next_reminder() {
        try (var bot = new RunningBot(MONDAY)) {
            bot.slack.userZone(OWNER, "Europe/Berlin");
            var h = RitualsHarness.completed(bot, OWNER, "Trend watcher");
            for (String value : List.of("12%", "18%", "23%")) {
                bot.clock.advance(Duration.ofDays(1));
                SlackCall modal = openFromCard(bot, h, OWNER, CriteriaMessages.UPDATE_ACTION);
                submit(bot, OWNER, modal, Map.of("criteria", CRITERIA, "metric.number", value));
                bot.settle();
            }
            assertThat(h.validations())
                    .extracting(ValidationRecord::outcome)
                    .as("the same words are a re-check, not an update")
                    .containsOnly(ValidationRecord.Outcome.STILL_VALID);
            assertThat(h.card().allText()).contains("*Metric:* 12% → 18% → 23% ↑");

            bot.advanceRituals(Duration.ofDays(14), STEP);
            assertThat(reminders(h))
                    .singleElement()
                    .satisfies(m -> assertThat(m.allText()).contains("12% → 18% → 23% ↑"));
        }
    }

    @Test
    void update_refuses_blank_words_and_a_number_it_cannot_read_inside_the_modal_then_keeps_the_new_words() {
        try (var bot = new RunningBot(MONDAY)) {
            var h = RitualsHarness.completed(bot, OWNER, "Rewordable");
            SlackCall modal = openFromCard(bot, h, OWNER, CriteriaMessages.UPDATE_ACTION);
            assertThat(callbackOf(modal)).isEqualTo(CriteriaViews.UPDATE);
            assertThat(initialValueOf(modal, "criteria")).isEqualTo(CRITERIA);

            JsonObject blank = errors(submit(bot, OWNER, modal, Map.of("criteria", "  \n\t ")));
            assertThat(blank.keySet()).containsExactly("criteria");
            JsonObject notANumber =
                    errors(submit(bot, OWNER, modal, Map.of("criteria", "Better", "metric.number", "about twelve")));
            assertThat(notANumber.keySet()).containsExactly("metric.number");
            bot.settle();
            assertThat(h.validations()).as("nothing refused is stored").isEmpty();

            String words = "70% of drafts sent <!channel> with *no* edits ✅\nmeasured weekly";
            submit(bot, OWNER, modal, Map.of("criteria", words));
            bot.settle();

            assertThat(h.ritual().criteria()).isEqualTo(words);
            assertThat(h.ritual().criteriaChangedAt()).contains(bot.clock.instant());
            ValidationRecord v = h.validations().get(0);
            assertThat(v.outcome()).isEqualTo(ValidationRecord.Outcome.UPDATED);
            assertThat(v.oldCriteria()).isEqualTo(CRITERIA);
            assertThat(v.newCriteria()).contains(words);
            assertThat(h.project().intake().answers().text(Questionnaire.SUCCESS_CRITERIA))
                    .contains(words);
            assertThat(h.postsWithBlock("recheck.updated"))
                    .singleElement()
                    .satisfies(m ->
                            assertThat(m.allText()).contains("&lt;!channel&gt;").doesNotContain("<!channel>"));
            assertThat(h.card().allText()).contains("70% of drafts sent &lt;!channel&gt;");
        }
    }

    @Test
    void not_worth_it_any_more_asks_why_and_kills_the_project_as_a_good_outcome() {
        try (var bot = new RunningBot(MONDAY)) {
            var h = RitualsHarness.completed(bot, OWNER, "Not worth it");
            bot.advanceRituals(Duration.ofDays(14), STEP);
            assertThat(reminders(h)).hasSize(1);

            SlackCall modal = openFromThread(bot, h, OWNER, CriteriaMessages.KILL_ACTION);
            assertThat(callbackOf(modal)).isEqualTo(CriteriaViews.KILL);
            assertThat(errors(submit(bot, OWNER, modal, Map.of("reason", "   ")))
                            .keySet())
                    .containsExactly("reason");
            submit(bot, OWNER, modal, Map.of("reason", "Rules cover 90% of tickets"));
            bot.settle();

            assertThat(h.ritual().stage()).isEqualTo(Stage.KILLED);
            List<StageMove> moves = bot.db(
                    uow -> uow.rituals().stageMoves(FakeSlack.TEAM, h.project().id()));
            assertThat(moves).singleElement().satisfies(m -> assertThat(m.to()).isEqualTo(Stage.KILLED));
            assertThat(h.validations()).singleElement().satisfies(v -> {
                assertThat(v.outcome()).isEqualTo(ValidationRecord.Outcome.KILLED);
                assertThat(v.reason()).contains("Rules cover 90% of tickets");
            });
            assertThat(h.postsWithBlock("recheck.killed"))
                    .singleElement()
                    .satisfies(m -> assertThat(m.allText())
                            .contains("Rules cover 90% of tickets")
                            .contains("better ideas"));
            assertThat(h.nextDue()).as("nothing more to remind").isEmpty();

            bot.advanceRituals(Duration.ofDays(21), Duration.ofDays(1));
            assertThat(reminders(h)).hasSize(1);
            assertThat(bot.slack.dmsTo(OWNER)).isEmpty();
        }
    }

    @Test
    void unanswered_for_three_days_the_owner_gets_one_message_then_the_criteria_are_overdue() {
        try (var bot = new RunningBot(MONDAY)) {
            bot.slack.userZone(OWNER, "Europe/Berlin");
            var h = RitualsHarness.completed(bot, OWNER, "Quiet team");
            bot.advanceRituals(Duration.ofDays(14), STEP);
            Instant reminded = h.ritual().revalRemindedAt().orElseThrow();

            bot.advanceRituals(Duration.ofDays(3).minusHours(6), STEP);
            assertThat(bot.slack.dmsTo(OWNER)).isEmpty();
            bot.advanceRituals(Duration.ofHours(6), STEP);
            assertThat(bot.slack.dmsTo(OWNER)).singleElement().satisfies(m -> {
                assertThat(m.blockIds()).contains(CriteriaMessages.OWNER_DM_BLOCK);
                assertThat(m.allText()).contains("Quiet team").contains(CRITERIA);
                assertThat(m.actionIds()).contains(CriteriaMessages.STILL_VALID_ACTION);
            });
            assertThat(h.ritual().revalOwnerDmAt()).contains(reminded.plus(Duration.ofDays(3)));

            bot.advanceRituals(Duration.ofDays(3), STEP);
            assertThat(h.ritual().revalOverdueAt()).contains(reminded.plus(Duration.ofDays(6)));
            assertThat(h.card().allText()).contains("Criteria overdue");
            bot.advanceRituals(Duration.ofDays(7), STEP);
            assertThat(bot.slack.dmsTo(OWNER)).as("one message, then silence").hasSize(1);
            assertThat(reminders(h)).hasSize(1);

            // Answered from the direct message: the count starts again.
            SlackCall dm = bot.slack.dmsTo(OWNER).get(0);
            bot.driver.clickButton(
                    dm.param("channel"),
                    OWNER,
                    null,
                    CriteriaMessages.ACTIONS_BLOCK,
                    CriteriaMessages.STILL_VALID_ACTION,
                    h.project().id().toString(),
                    bot.slack.responseUrl(SlackDriver.nextId("r")));
            SlackCall modal = lastModal(bot, 1);
            submit(bot, OWNER, modal, Map.of());
            bot.settle();
            assertThat(h.ritual().revalidation().status(bot.clock.instant())).isEqualTo(Revalidation.Status.SCHEDULED);
            assertThat(h.card().allText()).doesNotContain("Criteria overdue");
        }
    }

    @Test
    void someone_not_an_owner_is_told_in_the_modal_and_changes_nothing() {
        try (var bot = new RunningBot(MONDAY)) {
            var h = RitualsHarness.completed(bot, OWNER, "Owned idea");
            SlackCall modal = openFromCard(bot, h, GUEST, CriteriaMessages.UPDATE_ACTION);
            assertThat(callbackOf(modal)).isNull();
            assertThat(modal.param("view")).contains("Only the owners").contains(OWNER);

            // A forged submission (the modal never offered one) is refused by the worker too.
            JsonObject forged = JsonParser.parseString(openFromCard(bot, h, OWNER, CriteriaMessages.UPDATE_ACTION)
                            .param("view"))
                    .getAsJsonObject();
            bot.driver.submitView(
                    GUEST,
                    CriteriaViews.UPDATE,
                    forged.get("private_metadata").getAsString(),
                    values(Map.of("criteria", "Hijacked")),
                    SlackDriver.nextId("V"),
                    SlackDriver.nextId("h"));
            bot.settle();
            assertThat(h.ritual().criteria()).isEqualTo(CRITERIA);
            assertThat(h.validations()).isEmpty();
            assertThat(h.c.ephemeralsTo(GUEST))
                    .anySatisfy(m -> assertThat(m.allText()).contains("Only the owners"));
        }
    }

    @Test
    void a_modal_slack_will_not_open_is_explained_and_nothing_changes() {
        try (var bot = new RunningBot(MONDAY)) {
            var h = RitualsHarness.completed(bot, OWNER, "Busy Slack");
            bot.slack.failViewsOpen("expired_trigger_id");
            String r = SlackDriver.nextId("r");
            bot.driver.clickOnCard(
                    h.c.channel,
                    OWNER,
                    h.c.cardTs,
                    CriteriaMessages.UPDATE_ACTION,
                    h.project().id().toString(),
                    bot.slack.responseUrl(r));
            await().atMost(Conversation.PATIENCE)
                    .until(() -> !bot.slack.responses(r).isEmpty());
            assertThat(bot.slack.responses(r).get(0).toString()).contains("couldn't open");
            bot.settle();
            assertThat(h.validations()).isEmpty();
        }
    }

    // --- helpers shared with SignOffIT ---

    static List<SlackCall> reminders(RitualsHarness h) {
        return h.postsWithBlock(CriteriaMessages.REMINDER_BLOCK);
    }

    /** Clicks an owner's button on the newest reminder in the thread; returns the modal it opened. */
    static SlackCall openFromThread(RunningBot bot, RitualsHarness h, String user, String actionId) {
        int before = bot.slack.viewsOpened().size();
        bot.driver.clickButton(
                h.c.channel,
                user,
                h.c.cardTs,
                CriteriaMessages.ACTIONS_BLOCK,
                actionId,
                h.project().id().toString(),
                bot.slack.responseUrl(SlackDriver.nextId("r")));
        return lastModal(bot, before + 1);
    }

    /** Clicks a button on the project's card; returns the modal it opened. */
    static SlackCall openFromCard(RunningBot bot, RitualsHarness h, String user, String actionId) {
        int before = bot.slack.viewsOpened().size();
        bot.driver.clickOnCard(
                h.c.channel,
                user,
                h.c.cardTs,
                actionId,
                h.project().id().toString(),
                bot.slack.responseUrl(SlackDriver.nextId("r")));
        return lastModal(bot, before + 1);
    }

    static SlackCall lastModal(RunningBot bot, int count) {
        await().atMost(Conversation.PATIENCE)
                .until(() -> bot.slack.viewsOpened().size() >= count);
        List<SlackCall> opened = bot.slack.viewsOpened();
        return opened.get(opened.size() - 1);
    }

    static String callbackOf(SlackCall modal) {
        JsonObject view = JsonParser.parseString(modal.param("view")).getAsJsonObject();
        return view.has("callback_id") ? view.get("callback_id").getAsString() : null;
    }

    static String initialValueOf(SlackCall modal, String blockId) {
        JsonObject view = JsonParser.parseString(modal.param("view")).getAsJsonObject();
        for (var block : view.getAsJsonArray("blocks")) {
            JsonObject b = block.getAsJsonObject();
            if (blockId.equals(b.get("block_id").getAsString())) {
                return b.getAsJsonObject("element").get("initial_value").getAsString();
            }
        }
        throw new AssertionError("no block " + blockId);
    }

    /** Submits the modal {@code modal} with these fields typed (block id → text). */
    static HttpResponse<String> submit(RunningBot bot, String user, SlackCall modal, Map<String, String> typed) {
        JsonObject view = JsonParser.parseString(modal.param("view")).getAsJsonObject();
        return bot.driver.submitView(
                user,
                view.get("callback_id").getAsString(),
                view.get("private_metadata").getAsString(),
                values(typed),
                SlackDriver.nextId("V"),
                SlackDriver.nextId("h"));
    }

    static JsonObject values(Map<String, String> typed) {
        var values = new JsonObject();
        typed.forEach((block, text) -> {
            var value = new JsonObject();
            value.addProperty("type", "plain_text_input");
            value.addProperty("value", text);
            var byAction = new JsonObject();
            byAction.add("v", value);
            values.add(block, byAction);
        });
        return values;
    }

    static JsonObject errors(HttpResponse<String> response) {
        JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
        assertThat(body.get("response_action").getAsString()).isEqualTo("errors");
        return body.getAsJsonObject("errors");
    }
}
