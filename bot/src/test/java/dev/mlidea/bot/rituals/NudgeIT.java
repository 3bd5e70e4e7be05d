package dev.mlidea.bot.rituals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.bot.testing.FakeSlack;
import dev.mlidea.bot.testing.RunningBot;
import dev.mlidea.conversations.rituals.Checklist;
import dev.mlidea.conversations.rituals.ChecklistStep;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.conversations.rituals.WorkingHours;
import dev.mlidea.storage.NudgeRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * "Just get started" nudges end to end: signed requests in, WireMock for Slack, the bot's clock moved
 * and the scheduler asked to look, never a sleep. Each test has its own bot, whose clock starts in the
 * week it is about.
 */
class NudgeIT {
    private static final String OWNER = "U0NUDGEOWN1";
    private static final String GUEST = "U0NUDGEGST1";
    private static final Duration STEP = Duration.ofHours(6);

    @Test
    void berlin_across_the_march_switch_one_nudge_at_nine_on_monday() {
        // Friday 2027-03-26 18:00 CET; a week later is Friday 19:00 CEST, so Monday 09:00 CEST.
        exactlyOneNudgeInWorkingHours(
                Instant.parse("2027-03-26T17:00:00Z"), "Europe/Berlin", Instant.parse("2027-04-05T07:00:00Z"));
    }

    @Test
    void los_angeles_across_the_november_switch_one_nudge_at_nine_pst() {
        // Friday 2026-10-30 08:00 PDT; a week later the same instant is 07:00 PST, so 09:00 PST that day.
        exactlyOneNudgeInWorkingHours(
                Instant.parse("2026-10-30T15:00:00Z"), "America/Los_Angeles", Instant.parse("2026-11-06T17:00:00Z"));
    }

    @Test
    void kolkata_half_an_hour_off_utc_one_nudge_at_nine_the_next_morning() {
        // Thursday 2026-12-03 17:15 IST; a week later is after 17:00, so Friday 09:00 IST (03:30 UTC).
        exactlyOneNudgeInWorkingHours(
                Instant.parse("2026-12-03T11:45:00Z"), "Asia/Kolkata", Instant.parse("2026-12-11T03:30:00Z"));
    }

    private void exactlyOneNudgeInWorkingHours(Instant start, String zone, Instant expected) {
        try (var bot = new RunningBot(start)) {
            bot.slack.userZone(OWNER, zone);
            var h = RitualsHarness.completed(bot, OWNER, "Idle idea in " + zone);
            assertThat(h.ritual().stage()).isEqualTo(Stage.PLANNING);

            bot.advanceRituals(Duration.between(start, expected.minusSeconds(60)), STEP);
            assertThat(h.nudgesPosted())
                    .as("nothing before the working morning")
                    .isEmpty();
            assertThat(h.nextDue())
                    .as("due at the owner's nine o'clock, learnt from users.info")
                    .contains(expected);

            bot.advanceRituals(Duration.ofSeconds(60), STEP);
            assertThat(h.nudgesPosted()).hasSize(1);
            NudgeRecord sent = h.nudgesRecorded().get(0);
            assertThat(sent.sentAt()).isEqualTo(expected);
            assertThat(WorkingHours.contains(sent.sentAt(), ZoneId.of(zone))).isTrue();
            assertThat(sent.sentAt()).isAfterOrEqualTo(start.plus(Duration.ofDays(7)));
            assertThat(h.nudgesPosted().get(0).allText())
                    .contains("<@" + OWNER + ">")
                    .contains(ChecklistStep.AGREE_SUCCESS_CRITERIA.label());
            assertThat(h.nudgesPosted().get(0).actionIds())
                    .containsExactly(
                            NudgeMessages.DONE_ACTION, NudgeMessages.SNOOZE_ACTION, NudgeMessages.PAUSE_ACTION);

            bot.advanceRituals(Duration.ofDays(6), STEP);
            assertThat(h.nudgesPosted()).as("at most one a week").hasSize(1);
            assertThat(h.nudgesRecorded()).hasSize(1);
            assertThat(bot.db(uow -> uow.rituals().zone(FakeSlack.TEAM, OWNER))
                            .orElseThrow()
                            .zone())
                    .isEqualTo(ZoneId.of(zone));
        }
    }

    @Test
    void done_marks_the_step_counts_as_progress_and_moves_the_cards_next_step_on() {
        Instant start = Instant.parse("2026-12-07T10:00:00Z"); // Monday
        try (var bot = new RunningBot(start)) {
            var h = nudgedOnce(bot);
            bot.clock.advance(Duration.ofHours(2));
            Instant clicked = bot.clock.instant();

            h.click(OWNER, NudgeMessages.DONE_ACTION, ChecklistStep.AGREE_SUCCESS_CRITERIA.id());

            assertThat(h.ritual().stepsDone()).containsExactly(ChecklistStep.AGREE_SUCCESS_CRITERIA.id());
            assertThat(h.ritual().lastProgressAt()).isEqualTo(clicked);
            ChecklistStep next = Checklist.next(
                            h.project().intake().answers(), java.util.Set.of(ChecklistStep.AGREE_SUCCESS_CRITERIA))
                    .orElseThrow();
            assertThat(h.postsWithBlock("nudge.done"))
                    .singleElement()
                    .satisfies(m ->
                            assertThat(m.allText()).contains("<@" + OWNER + ">").contains(next.label()));
            assertThat(h.card().allText()).contains("Next smallest step:* " + next.label());
            // Two weeks after the intake the criteria's re-check is due: sooner than the pushed-out nudge.
            assertThat(h.nextDue()).contains(start.plus(Duration.ofDays(14)));

            // The next nudge, a week after the click, names the next step.
            bot.advanceRituals(Duration.ofDays(7), Duration.ofDays(1));
            assertThat(h.nudgesRecorded())
                    .extracting(NudgeRecord::stepId)
                    .containsExactly(ChecklistStep.AGREE_SUCCESS_CRITERIA.id(), next.id());
            assertThat(h.nudgesRecorded().get(1).number())
                    .as("the first nudge was answered")
                    .isEqualTo(1);
            assertThat(h.nudgesRecorded().get(1).sentAt()).isEqualTo(clicked.plus(Duration.ofDays(7)));
        }
    }

    @Test
    void snooze_holds_the_nudges_for_a_week() {
        Instant start = Instant.parse("2026-12-07T10:00:00Z");
        try (var bot = new RunningBot(start)) {
            var h = nudgedOnce(bot);
            bot.clock.advance(Duration.ofHours(1));
            Instant clicked = bot.clock.instant();

            h.click(OWNER, NudgeMessages.SNOOZE_ACTION, ChecklistStep.AGREE_SUCCESS_CRITERIA.id());

            assertThat(h.ritual().snoozedUntil()).contains(clicked.plus(Duration.ofDays(7)));
            assertThat(h.postsWithBlock("nudge.snoozed")).hasSize(1);
            bot.advanceRituals(Duration.ofDays(7).minusMinutes(1), STEP);
            assertThat(h.nudgesPosted()).hasSize(1);
            bot.advanceRituals(Duration.ofMinutes(1), STEP);
            assertThat(h.nudgesPosted()).hasSize(2);
            assertThat(h.ritual().stepsDone()).isEmpty();
        }
    }

    @Test
    void pause_moves_the_project_to_paused_records_the_move_and_stops_the_nudges() {
        Instant start = Instant.parse("2026-12-07T10:00:00Z");
        try (var bot = new RunningBot(start)) {
            var h = nudgedOnce(bot);

            h.click(OWNER, NudgeMessages.PAUSE_ACTION, ChecklistStep.AGREE_SUCCESS_CRITERIA.id());

            assertThat(h.ritual().stage()).isEqualTo(Stage.PAUSED);
            var moves = bot.db(
                    uow -> uow.rituals().stageMoves(FakeSlack.TEAM, h.project().id()));
            assertThat(moves).singleElement().satisfies(m -> {
                assertThat(m.from()).isEqualTo(Stage.PLANNING);
                assertThat(m.to()).isEqualTo(Stage.PAUSED);
                assertThat(m.by()).isEqualTo(OWNER);
            });
            assertThat(h.card().allText()).contains("Paused since");
            assertThat(h.nextDue()).isEmpty();
            // A stage move like any other: its line in the thread; the one who clicked hears the nudges stopped.
            assertThat(h.postsWithBlock("stage.moved"))
                    .singleElement()
                    .satisfies(m -> assertThat(m.allText()).contains("paused this"));
            assertThat(bot.slack.ephemeralsTo(OWNER))
                    .singleElement()
                    .satisfies(m -> assertThat(m.blockIds()).contains("nudge.paused"));

            bot.advanceRituals(Duration.ofDays(21), Duration.ofHours(12));
            assertThat(h.nudgesPosted()).hasSize(1);
        }
    }

    @Test
    void three_ignored_nudges_stall_the_project_and_then_nothing_until_someone_acts() {
        Instant start = Instant.parse("2026-12-07T10:00:00Z");
        try (var bot = new RunningBot(start)) {
            bot.slack.userZone(OWNER, "Europe/Berlin");
            var h = RitualsHarness.completed(bot, OWNER, "Forgotten idea");

            bot.advanceRituals(Duration.ofDays(35), Duration.ofHours(12));

            assertThat(h.nudgesRecorded()).extracting(NudgeRecord::number).containsExactly(1, 2, 3);
            assertThat(h.nudgesPosted()).hasSize(3);
            assertThat(h.nudgesPosted().get(2).allText()).contains("the nudges stop");
            assertThat(h.ritual().stalledAt()).isPresent();
            assertThat(h.card().allText()).contains("Stalled");
            assertThat(h.nextDue()).isEmpty();

            bot.advanceRituals(Duration.ofDays(21), Duration.ofDays(1));
            assertThat(h.nudgesPosted()).as("silence once stalled").hasSize(3);

            // Someone acts: the stall is over and the nudges start again, counted from one.
            h.click(OWNER, NudgeMessages.DONE_ACTION, ChecklistStep.AGREE_SUCCESS_CRITERIA.id());
            assertThat(h.card().allText()).doesNotContain("Stalled");
            bot.advanceRituals(Duration.ofDays(8), Duration.ofHours(12));
            assertThat(h.nudgesRecorded()).extracting(NudgeRecord::number).containsExactly(1, 2, 3, 1);
        }
    }

    @Test
    void a_stage_move_ends_a_stall_and_a_move_back_to_planning_pushes_the_next_nudge_a_week_out() {
        Instant start = Instant.parse("2026-12-07T10:00:00Z");
        try (var bot = new RunningBot(start)) {
            bot.slack.userZone(OWNER, "Europe/Berlin");
            var h = RitualsHarness.completed(bot, OWNER, "Forgotten idea");
            bot.advanceRituals(Duration.ofDays(35), Duration.ofHours(12));
            assertThat(h.ritual().stalledAt()).isPresent();

            moveByCommand(bot, h, "data");
            moveByCommand(bot, h, "planning");

            var ritual = h.ritual();
            assertThat(ritual.stage().id()).isEqualTo("planning");
            assertThat(ritual.iteration()).isEqualTo(2);
            assertThat(h.card().allText()).doesNotContain("Stalled");
            Instant moved = bot.clock.instant();
            assertThat(h.nextDue())
                    .hasValueSatisfying(due -> assertThat(due).isAfterOrEqualTo(moved.plus(Duration.ofDays(7))));
            int before = h.nudgesPosted().size();
            bot.advanceRituals(Duration.ofDays(6), Duration.ofHours(12));
            assertThat(h.nudgesPosted())
                    .as("no nudge within a week of the move")
                    .hasSize(before);
            bot.advanceRituals(Duration.ofDays(4), Duration.ofHours(12));
            assertThat(h.nudgesRecorded()).extracting(NudgeRecord::number).endsWith(3, 1);
        }
    }

    private static void moveByCommand(RunningBot bot, RitualsHarness h, String stage) {
        var response = bot.driver.slashCommand(
                h.c.channel,
                OWNER,
                "stage #"
                        + dev.mlidea.conversations.rituals.ProjectCandidate.shortIdOf(
                                h.project().id()) + " " + stage,
                bot.slack.responseUrl(dev.mlidea.bot.testing.SlackDriver.nextId("r")));
        assertThat(response.statusCode()).isEqualTo(200);
        bot.settle();
    }

    @Test
    void someone_who_is_not_an_owner_is_told_whom_to_ask_and_nothing_changes() {
        Instant start = Instant.parse("2026-12-07T10:00:00Z");
        try (var bot = new RunningBot(start)) {
            var h = nudgedOnce(bot);
            var before = h.ritual();

            for (String action : java.util.List.of(
                    NudgeMessages.DONE_ACTION, NudgeMessages.SNOOZE_ACTION, NudgeMessages.PAUSE_ACTION)) {
                h.click(GUEST, action, ChecklistStep.AGREE_SUCCESS_CRITERIA.id());
            }

            assertThat(bot.slack.ephemeralsTo(GUEST))
                    .hasSize(3)
                    .allSatisfy(m -> assertThat(m.allText()).contains("ask <@" + OWNER + ">"));
            assertThat(h.ritual()).isEqualTo(before);
        }
    }

    @Test
    void a_user_change_event_replaces_the_cached_time_zone() {
        try (var bot = new RunningBot(Instant.parse("2026-12-07T10:00:00Z"))) {
            bot.driver.userChange(OWNER, "Asia/Tokyo");
            bot.settle();
            assertThat(bot.db(uow -> uow.rituals().zone(FakeSlack.TEAM, OWNER))
                            .orElseThrow()
                            .zone())
                    .isEqualTo(ZoneId.of("Asia/Tokyo"));
        }
    }

    /** A Monday-morning project in UTC (no zone from Slack: the default), nudged once a week later. */
    private static RitualsHarness nudgedOnce(RunningBot bot) {
        var h = RitualsHarness.completed(bot, OWNER, "Idea to nudge");
        bot.advanceRituals(Duration.ofDays(7), Duration.ofDays(1));
        assertThat(h.nudgesPosted()).hasSize(1);
        return h;
    }
}
