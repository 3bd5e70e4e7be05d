package dev.mlidea.conversations.rituals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.rituals.NudgeDecision.Nudge;
import dev.mlidea.conversations.rituals.NudgeDecision.Stall;
import dev.mlidea.conversations.rituals.NudgeDecision.Wait;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

class NudgePolicyProperties {
    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

    /** One thing that happens to a project: time passes, then someone acts, snoozes, or the bot looks. */
    record Event(long minutesLater, int kind) {}

    @Property(tries = 300)
    void whatever_happens_nudges_are_at_least_seven_days_apart_and_inside_working_hours(
            @ForAll("zones") ZoneId zone,
            @ForAll @IntRange(min = 1, max = 14) int idleDays,
            @ForAll("events") @Size(max = 200) List<Event> events) {
        var policy = new NudgePolicy(idleDays);
        NudgeState project = NudgeState.created(START, zone);
        Instant now = START;
        List<Instant> nudges = new ArrayList<>();
        for (Event event : events) {
            now = now.plus(Duration.ofMinutes(event.minutesLater()));
            switch (event.kind()) {
                case 0 -> project = project.withProgress(now);
                case 1 -> project = project.withSnoozedUntil(now.plus(Duration.ofDays(event.minutesLater() % 20)));
                default -> {
                    NudgeDecision decision = policy.decide(project, now);
                    // The bot sometimes sleeps until the time it was given.
                    if (decision instanceof Wait wait && event.kind() == 3) {
                        now = wait.at();
                        decision = policy.decide(project, now);
                    }
                    if (decision instanceof Nudge nudge) {
                        assertThat(WorkingHours.contains(now, zone))
                                .as("nudge at %s", now)
                                .isTrue();
                        nudges.add(now);
                        project = project.withNudge(now, nudge);
                    } else if (decision instanceof Stall) {
                        assertThat(WorkingHours.contains(now, zone)).isTrue();
                        project = project.withStalled(now);
                    }
                }
            }
        }
        Statistics.collect(nudges.size() >= 2 ? "two or more nudges" : "fewer");
        Statistics.coverage(c -> c.check("two or more nudges").percentage(p -> p > 20));
        for (int i = 1; i < nudges.size(); i++) {
            assertThat(Duration.between(nudges.get(i - 1), nudges.get(i))).isGreaterThanOrEqualTo(NudgePolicy.MIN_GAP);
        }
    }

    @Property
    void any_progress_pushes_the_next_nudge_out_never_in(
            @ForAll("states") NudgeState project,
            @ForAll @LongRange(min = 0, max = 30 * 24 * 60) long progressLater,
            @ForAll @LongRange(min = 0, max = 60 * 24 * 60) long nowLater,
            @ForAll @IntRange(min = 1, max = 14) int idleDays) {
        var policy = new NudgePolicy(idleDays);
        Instant now = START.plus(Duration.ofMinutes(nowLater));
        NudgeState progressed = project.withProgress(project.lastProgress().plus(Duration.ofMinutes(progressLater)));

        Optional<Instant> before = policy.nextNudgeAt(project, now);
        Optional<Instant> after = policy.nextNudgeAt(progressed, now);

        if (before.isPresent()) {
            assertThat(after).isPresent();
            assertThat(after.get()).isAfterOrEqualTo(before.get());
        }
    }

    @Property
    void the_next_nudge_respects_every_bound_and_is_inside_working_hours(
            @ForAll("states") NudgeState project,
            @ForAll @LongRange(min = 0, max = 60 * 24 * 60) long nowLater,
            @ForAll @IntRange(min = 1, max = 14) int idleDays) {
        Instant now = START.plus(Duration.ofMinutes(nowLater));

        Optional<Instant> next = new NudgePolicy(idleDays).nextNudgeAt(project, now);

        next.ifPresent(at -> {
            assertThat(WorkingHours.contains(at, project.ownerZone())).isTrue();
            assertThat(at).isAfterOrEqualTo(now);
            assertThat(at).isAfterOrEqualTo(project.lastProgress().plus(Duration.ofDays(idleDays)));
            project.lastNudge().ifPresent(n -> assertThat(at).isAfterOrEqualTo(n.plus(NudgePolicy.MIN_GAP)));
            project.snoozedUntil().ifPresent(s -> assertThat(at).isAfterOrEqualTo(s));
        });
        assertThat(next.isPresent()).isEqualTo(project.stage() == Stage.PLANNING && !project.stalled());
    }

    @Provide
    Arbitrary<List<Event>> events() {
        return Combinators.combine(
                        Arbitraries.longs().between(0, 5 * 24 * 60),
                        Arbitraries.integers().between(0, 3))
                .as(Event::new)
                .list();
    }

    @Provide
    Arbitrary<NudgeState> states() {
        Arbitrary<Instant> instants =
                Arbitraries.longs().between(0, 40L * 24 * 60).map(m -> START.plus(Duration.ofMinutes(m)));
        Arbitrary<Optional<Instant>> maybe = instants.optional(0.6);
        return Combinators.combine(
                        Arbitraries.oneOf(Arbitraries.just(Stage.PLANNING), Arbitraries.of(Stage.class)),
                        instants,
                        maybe,
                        Arbitraries.integers().between(0, 4),
                        maybe,
                        instants.optional(0.2),
                        zones())
                .as(NudgeState::new);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(
                        "Europe/Berlin",
                        "America/Los_Angeles",
                        "Asia/Kolkata",
                        "Australia/Lord_Howe",
                        "Pacific/Auckland",
                        "UTC")
                .map(ZoneId::of);
    }
}
