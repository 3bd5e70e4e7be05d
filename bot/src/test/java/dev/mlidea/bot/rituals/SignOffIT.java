package dev.mlidea.bot.rituals;

import static dev.mlidea.bot.rituals.RecheckIT.errors;
import static dev.mlidea.bot.rituals.RecheckIT.lastModal;
import static dev.mlidea.bot.rituals.RecheckIT.openFromCard;
import static dev.mlidea.bot.rituals.RecheckIT.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import dev.mlidea.bot.criteria.CriteriaMessages;
import dev.mlidea.bot.criteria.CriteriaViews;
import dev.mlidea.bot.testing.Conversation;
import dev.mlidea.bot.testing.RunningBot;
import dev.mlidea.bot.testing.SlackCall;
import dev.mlidea.bot.testing.SlackDriver;
import dev.mlidea.storage.ValidationRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Stakeholder sign-off end to end: owners ask, each stakeholder gets one direct message per wording,
 * Agree and Suggest a change work from it, the card counts, and new words clear the agreements.
 * Stakeholders are never mentioned in the project's thread.
 */
class SignOffIT {
    static final String OWNER = "U0SIGNOWN01";
    static final String S1 = "U0SIGNSTK01";
    static final String S2 = "U0SIGNSTK02";
    static final String S3 = "U0SIGNSTK03";
    static final String OUTSIDER = "U0SIGNOUT01";
    static final String CRITERIA = "30% of suggestions accepted on the March benchmark";

    static RitualsHarness withStakeholders(RunningBot bot) {
        Conversation c = Conversation.start(bot, RunningBot.newChannel(false), OWNER, "Sign-off idea");
        var ack = bot.driver.slashCommand(c.channel, OWNER, "more", bot.slack.responseUrl(SlackDriver.nextId("r")));
        assertThat(ack.statusCode()).isEqualTo(200);
        await().atMost(Conversation.PATIENCE).until(() -> c.live().allText().contains("Full intake"));
        c.completeWith(Map.of(
                "success.stakeholders", "<@" + S1 + "> <@" + S2 + "> <@" + S3 + ">", "success.criteria", CRITERIA));
        return RitualsHarness.of(bot, c);
    }

    @Test
    void ask_agree_suggest_and_new_words_round_trip() {
        try (var bot = new RunningBot(Instant.parse("2026-12-07T10:00:00Z"))) {
            var h = withStakeholders(bot);
            assertThat(h.ritual().stakeholders()).containsExactly(S1, S2, S3);
            assertThat(h.card().allText()).contains("criteria agreed by 0 of 3");
            assertThat(h.card().actionIds()).contains(CriteriaMessages.ASK_ACTION);
            int threadBefore = h.c.thread().size();

            String asked = ask(bot, h);
            for (String s : List.of(S1, S2, S3)) {
                assertThat(bot.slack.dmsTo(s)).singleElement().satisfies(dm -> {
                    assertThat(dm.allText()).contains(CRITERIA).contains("<@" + OWNER + ">");
                    assertThat(dm.actionIds())
                            .containsExactly(CriteriaMessages.AGREE_ACTION, CriteriaMessages.SUGGEST_ACTION);
                });
            }
            assertThat(text(bot.slack.responses(asked))).contains("I asked").contains("<@" + S1 + ">");
            assertThat(h.card().allText()).contains("criteria agreed by 0 of 3 (3 asked)");

            String again = ask(bot, h);
            assertThat(bot.slack.dmsTo(S1)).as("one message per wording").hasSize(1);
            assertThat(text(bot.slack.responses(again))).contains("Already asked");

            // S1 agrees; twice by mistake; someone not named presses a forwarded button.
            SlackCall dm1 = bot.slack.dmsTo(S1).get(0);
            String agreed = press(bot, dm1, S1, CriteriaMessages.AGREE_ACTION);
            press(bot, dm1, S1, CriteriaMessages.AGREE_ACTION);
            String outsider = press(bot, dm1, OUTSIDER, CriteriaMessages.AGREE_ACTION);
            assertThat(bot.slack.responses(agreed)).singleElement().satisfies(r -> {
                assertThat(r.get("replace_original").getAsBoolean()).isTrue();
                assertThat(r.toString()).contains("You agreed");
            });
            assertThat(text(bot.slack.responses(outsider))).contains("not named");
            assertThat(h.card().allText()).contains("criteria agreed by 1 of 3");
            assertThat(h.validations()).singleElement().satisfies(v -> {
                assertThat(v.outcome()).isEqualTo(ValidationRecord.Outcome.AGREED);
                assertThat(v.by()).isEqualTo(S1);
                assertThat(v.agreedBy()).containsExactly(S1);
            });
            assertThat(h.postsWithBlock("signoff.agreed_notice"))
                    .singleElement()
                    .satisfies(m -> assertThat(m.allText()).contains("1 of 3"));

            // S2 suggests other words: the same words are refused in the modal.
            SlackCall dm2 = bot.slack.dmsTo(S2).get(0);
            int modals = bot.slack.viewsOpened().size();
            press(bot, dm2, S2, CriteriaMessages.SUGGEST_ACTION);
            SlackCall suggest = lastModal(bot, modals + 1);
            assertThat(RecheckIT.callbackOf(suggest)).isEqualTo(CriteriaViews.SUGGEST);
            JsonObject same = errors(submit(bot, S2, suggest, Map.of("criteria", CRITERIA)));
            assertThat(same.keySet()).containsExactly("criteria");
            submit(bot, S2, suggest, Map.of("criteria", "35% accepted, measured weekly"));
            bot.settle();
            assertThat(h.postsWithBlock("signoff.suggested_notice"))
                    .singleElement()
                    .satisfies(m ->
                            assertThat(m.allText()).contains("<@" + OWNER + ">").contains("35% accepted"));
            assertThat(h.validations())
                    .filteredOn(v -> v.outcome() == ValidationRecord.Outcome.SUGGESTED)
                    .singleElement()
                    .satisfies(v -> assertThat(v.newCriteria()).contains("35% accepted, measured weekly"));
            assertThat(bot.slack.dmsTo(S2)).hasSize(2);
            assertThat(h.ritual().criteria())
                    .as("a suggestion changes nothing by itself")
                    .isEqualTo(CRITERIA);

            // The owner adopts new words: agreements to the old ones no longer count; everyone is asked again.
            bot.clock.advance(Duration.ofHours(1));
            SlackCall update = openFromCard(bot, h, OWNER, CriteriaMessages.UPDATE_ACTION);
            submit(bot, OWNER, update, Map.of("criteria", "35% accepted, measured weekly"));
            bot.settle();
            assertThat(h.ritual().agreedBy()).isEmpty();
            assertThat(h.card().allText()).contains("criteria agreed by 0 of 3");
            assertThat(h.postsWithBlock("recheck.updated"))
                    .singleElement()
                    .satisfies(m -> assertThat(m.allText()).contains("no longer count"));
            ask(bot, h);
            assertThat(bot.slack.dmsTo(S1)).hasSize(2);

            String stale = press(bot, dm1, S1, CriteriaMessages.AGREE_ACTION);
            assertThat(text(bot.slack.responses(stale))).contains("changed since");
            assertThat(h.ritual().agreedBy())
                    .as("an answer to old words does not count")
                    .isEmpty();
            for (String s : List.of(S1, S2, S3)) {
                List<SlackCall> dms = bot.slack.dmsTo(s);
                SlackCall newest = dms.stream()
                        .filter(m -> m.actionIds().contains(CriteriaMessages.AGREE_ACTION))
                        .reduce((a, b) -> b)
                        .orElseThrow();
                press(bot, newest, s, CriteriaMessages.AGREE_ACTION);
            }
            assertThat(h.card().allText()).contains("criteria agreed by 3 of 3");
            assertThat(h.card().actionIds()).doesNotContain(CriteriaMessages.ASK_ACTION);
            assertThat(h.postsWithBlock("signoff.agreed_notice"))
                    .last()
                    .satisfies(m -> assertThat(m.allText()).contains("Everyone named has agreed"));

            // Never a typed mention of a stakeholder in the thread after the intake.
            assertThat(h.c.thread().subList(threadBefore, h.c.thread().size()))
                    .allSatisfy(m -> assertThat(m.allText())
                            .doesNotContain("<@" + S1 + ">")
                            .doesNotContain("<@" + S2 + ">")
                            .doesNotContain("<@" + S3 + ">"));
        }
    }

    @Test
    void a_project_without_stakeholders_says_there_is_nobody_to_ask() {
        try (var bot = new RunningBot(Instant.parse("2026-12-07T10:00:00Z"))) {
            var h = RitualsHarness.completed(bot, OWNER, "Nobody named");
            assertThat(h.card().actionIds()).doesNotContain(CriteriaMessages.ASK_ACTION);
            String r = ask(bot, h);
            assertThat(text(bot.slack.responses(r))).contains("No stakeholders are named");
            assertThat(bot.slack.calls("conversations.open")).isEmpty();
        }
    }

    /** The owner presses Ask stakeholders to confirm on the card; returns the click's response id. */
    private static String ask(RunningBot bot, RitualsHarness h) {
        String r = SlackDriver.nextId("r");
        bot.driver.clickOnCard(
                h.c.channel,
                OWNER,
                h.c.cardTs,
                CriteriaMessages.ASK_ACTION,
                h.project().id().toString(),
                bot.slack.responseUrl(r));
        bot.settle();
        return r;
    }

    /** {@code user} presses {@code actionId} on the direct message {@code dm}; returns the response id. */
    private static String press(RunningBot bot, SlackCall dm, String user, String actionId) {
        String r = SlackDriver.nextId("r");
        bot.driver.clickButton(
                dm.param("channel"),
                user,
                null,
                "signoff.actions",
                actionId,
                valueOf(dm, actionId),
                bot.slack.responseUrl(r));
        bot.settle();
        return r;
    }

    private static String valueOf(SlackCall message, String actionId) {
        for (var block : message.blocks()) {
            JsonObject b = block.getAsJsonObject();
            if (!b.has("elements")) continue;
            for (var e : b.getAsJsonArray("elements")) {
                JsonObject el = e.getAsJsonObject();
                if (el.has("action_id") && actionId.equals(el.get("action_id").getAsString())) {
                    return el.get("value").getAsString();
                }
            }
        }
        throw new AssertionError("no button " + actionId);
    }

    private static String text(List<JsonObject> responses) {
        return responses.toString();
    }
}
