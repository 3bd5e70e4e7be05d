package dev.mlidea.conversations.rituals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlidea.conversations.rituals.NudgeDecision.Never;
import dev.mlidea.conversations.rituals.NudgeDecision.Nudge;
import dev.mlidea.conversations.rituals.NudgeDecision.Reason;
import dev.mlidea.conversations.rituals.NudgeDecision.Stall;
import dev.mlidea.conversations.rituals.NudgeDecision.Wait;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class NudgePolicyTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final NudgePolicy POLICY = NudgePolicy.standard();
    /** Monday 2026-03-02 11:00 in Berlin. */
    private static final Instant MONDAY = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void a_week_without_progress_earns_a_nudge_in_working_hours() {
        NudgeState created = NudgeState.created(MONDAY, BERLIN);

        assertThat(POLICY.nextNudgeAt(created, MONDAY)).contains(MONDAY.plus(Duration.ofDays(7)));
        assertThat(POLICY.decide(created, MONDAY.plus(Duration.ofDays(6))))
                .isEqualTo(new Wait(MONDAY.plus(Duration.ofDays(7))));
        assertThat(POLICY.decide(created, MONDAY.plus(Duration.ofDays(7)))).isEqualTo(new Nudge(1));
    }

    @Test
    void the_idle_days_can_be_fewer_or_more() {
        NudgeState created = NudgeState.created(MONDAY, BERLIN);

        assertThat(new NudgePolicy(3).nextNudgeAt(created, MONDAY)).contains(MONDAY.plus(Duration.ofDays(3)));
        assertThat(new NudgePolicy(14).nextNudgeAt(created, MONDAY)).contains(MONDAY.plus(Duration.ofDays(14)));
        assertThatThrownBy(() -> new NudgePolicy(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_nudge_due_at_night_or_on_a_weekend_waits_for_the_owners_next_working_morning() {
        // Progress Friday 2026-03-06 18:00 Berlin: due Friday 2026-03-13 18:00, sent Monday 09:00.
        NudgeState fridayEvening = NudgeState.created(Instant.parse("2026-03-06T17:00:00Z"), BERLIN);

        assertThat(POLICY.nextNudgeAt(fridayEvening, MONDAY)).contains(Instant.parse("2026-03-16T08:00:00Z"));
        assertThat(POLICY.decide(fridayEvening, Instant.parse("2026-03-14T10:00:00Z")))
                .isEqualTo(new Wait(Instant.parse("2026-03-16T08:00:00Z")));
    }

    @Test
    void a_nudge_missed_while_the_bot_was_down_goes_out_at_the_next_working_moment() {
        NudgeState created = NudgeState.created(MONDAY, BERLIN);
        Instant saturdayLater = Instant.parse("2026-03-14T10:00:00Z");

        assertThat(POLICY.decide(created, saturdayLater)).isEqualTo(new Wait(Instant.parse("2026-03-16T08:00:00Z")));
        assertThat(POLICY.decide(created, Instant.parse("2026-03-16T08:00:00Z")))
                .isEqualTo(new Nudge(1));
    }

    @Test
    void the_earliest_nudge_is_before_working_hours_move_it_and_never_after_any_zone_would_send_it() {
        NudgeState fridayEvening = NudgeState.created(Instant.parse("2026-03-06T17:00:00Z"), BERLIN);
        Instant due = Instant.parse("2026-03-13T17:00:00Z");

        assertThat(POLICY.earliestNudgeAt(fridayEvening, MONDAY)).contains(due);
        for (String zone :
                java.util.List.of("Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Kiritimati")) {
            NudgeState there = NudgeState.created(fridayEvening.lastProgress(), ZoneId.of(zone));
            assertThat(POLICY.nextNudgeAt(there, MONDAY).orElseThrow()).isAfterOrEqualTo(due);
        }
        assertThat(POLICY.earliestNudgeAt(fridayEvening.withStage(Stage.DATA), MONDAY))
                .isEmpty();
    }

    @Test
    void the_owners_zone_decides_the_hour() {
        // Monday 18:00 UTC is 10:00 in Los Angeles but 19:00 in Berlin.
        Instant mondayEveningUtc = Instant.parse("2026-03-02T18:00:00Z");
        NudgeState la = NudgeState.created(mondayEveningUtc, ZoneId.of("America/Los_Angeles"));
        NudgeState berlin = NudgeState.created(mondayEveningUtc, BERLIN);

        assertThat(POLICY.nextNudgeAt(la, mondayEveningUtc)).contains(mondayEveningUtc.plus(Duration.ofDays(7)));
        assertThat(POLICY.nextNudgeAt(berlin, mondayEveningUtc)).contains(Instant.parse("2026-03-10T08:00:00Z"));
    }

    @Test
    void after_a_nudge_the_next_waits_a_week_even_if_someone_acts_in_between() {
        Instant firstNudge = MONDAY.plus(Duration.ofDays(7));
        NudgeState nudged = NudgeState.created(MONDAY, BERLIN).withNudge(firstNudge, new Nudge(1));
        NudgeState actedThenIdle = nudged.withProgress(firstNudge.plus(Duration.ofHours(1)));

        assertThat(POLICY.nextNudgeAt(nudged, firstNudge)).contains(firstNudge.plus(Duration.ofDays(7)));
        assertThat(POLICY.nextNudgeAt(actedThenIdle, firstNudge))
                .contains(firstNudge.plus(Duration.ofDays(7)).plus(Duration.ofHours(1)));
        assertThat(new NudgePolicy(1).nextNudgeAt(actedThenIdle, firstNudge))
                .contains(firstNudge.plus(Duration.ofDays(7)));
    }

    @Test
    void a_snooze_holds_nudges_until_it_ends() {
        Instant until = Instant.parse("2026-03-30T12:00:00Z"); // a Monday
        NudgeState snoozed = NudgeState.created(MONDAY, BERLIN).withSnoozedUntil(until);

        assertThat(POLICY.nextNudgeAt(snoozed, MONDAY)).contains(until);
        assertThat(POLICY.decide(snoozed, MONDAY.plus(Duration.ofDays(10)))).isEqualTo(new Wait(until));
    }

    @Test
    void three_ignored_nudges_stall_the_project_instead_of_a_fourth_and_then_nothing_until_someone_acts() {
        NudgePolicy policy = POLICY;
        NudgeState project = NudgeState.created(MONDAY, BERLIN);
        Instant now = MONDAY;
        for (int n = 1; n <= 3; n++) {
            now = policy.nextNudgeAt(project, now).orElseThrow();
            assertThat(policy.decide(project, now)).isEqualTo(new Nudge(n));
            project = project.withNudge(now, new Nudge(n));
        }
        now = policy.nextNudgeAt(project, now).orElseThrow();
        assertThat(policy.decide(project, now)).isEqualTo(new Stall());

        NudgeState stalled = project.withStalled(now);
        assertThat(policy.decide(stalled, now.plus(Duration.ofDays(60)))).isEqualTo(new Never(Reason.STALLED));
        assertThat(policy.nextNudgeAt(stalled, now)).isEmpty();

        Instant acted = now.plus(Duration.ofDays(1));
        NudgeState revived = stalled.withProgress(acted);
        assertThat(revived.stalled()).isFalse();
        assertThat(revived.ignoredSinceProgress()).isZero();
        assertThat(policy.nextNudgeAt(revived, acted)).contains(acted.plus(Duration.ofDays(7)));
        assertThat(policy.decide(revived, acted.plus(Duration.ofDays(7)))).isEqualTo(new Nudge(1));
    }

    @Test
    void progress_after_a_nudge_means_it_was_not_ignored() {
        Instant nudgedAt = MONDAY.plus(Duration.ofDays(7));
        NudgeState twiceIgnored = NudgeState.created(MONDAY, BERLIN).withNudge(nudgedAt, new Nudge(3));

        assertThat(twiceIgnored.ignoredSinceProgress()).isEqualTo(3);
        assertThat(twiceIgnored.withProgress(nudgedAt.plusSeconds(1)).ignoredSinceProgress())
                .isZero();
    }

    @Test
    void only_planning_projects_are_nudged() {
        for (Stage stage : Stage.values()) {
            if (stage == Stage.PLANNING) continue;
            NudgeState project = NudgeState.created(MONDAY, BERLIN).withStage(stage);
            assertThat(POLICY.decide(project, MONDAY.plus(Duration.ofDays(30))))
                    .isEqualTo(new Never(Reason.NOT_PLANNING));
            assertThat(POLICY.nextNudgeAt(project, MONDAY)).isEmpty();
        }
    }
}
