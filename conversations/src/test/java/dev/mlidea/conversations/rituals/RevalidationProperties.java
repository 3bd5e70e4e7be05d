package dev.mlidea.conversations.rituals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.rituals.Revalidation.Action;
import dev.mlidea.conversations.rituals.Revalidation.Next;
import dev.mlidea.conversations.rituals.Revalidation.Status;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

class RevalidationProperties {
    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    private static final List<Status> ORDER =
            List.of(Status.SCHEDULED, Status.DUE, Status.REMINDED, Status.OWNER_DM_SENT, Status.OVERDUE);

    /**
     * The bot wakes at random times (minutes apart, given) and does what is due; now and then the team
     * validates. Status only moves forward between validations, messages land in working hours, and
     * each step waits for the one before it.
     */
    @Property(tries = 300)
    void the_state_machine_moves_forward_in_order_and_validations_reset_it(
            @ForAll Cadence cadence,
            @ForAll("zones") ZoneId zone,
            @ForAll @Size(min = 100, max = 200) List<@LongRange(min = 0, max = 24 * 60) Long> wakeUps,
            @ForAll @LongRange(min = 40, max = 1000) long validateEvery) {
        Revalidation r = Revalidation.validated(START, cadence);
        Instant now = START;
        Status before = r.status(now);
        int step = 0;
        boolean reachedOverdue = false;
        for (long minutes : wakeUps) {
            now = now.plus(Duration.ofMinutes(minutes));
            if (++step % validateEvery == 0) {
                r = Revalidation.validated(now, cadence);
                assertThat(r.status(now)).isEqualTo(Status.SCHEDULED);
                before = Status.SCHEDULED;
                continue;
            }
            Optional<Next> next = r.next(now, zone);
            Status status = r.status(now);
            assertThat(ORDER.indexOf(status)).isGreaterThanOrEqualTo(ORDER.indexOf(before));
            assertThat(next.isEmpty()).isEqualTo(status == Status.OVERDUE);
            if (next.isPresent() && next.get().at().equals(now)) {
                Next due = next.get();
                if (due.action() != Action.MARK_OVERDUE)
                    assertThat(WorkingHours.contains(now, zone)).isTrue();
                switch (due.action()) {
                    case REMIND -> assertThat(now).isAfterOrEqualTo(r.dueAt());
                    case DM_OWNER ->
                        assertThat(now)
                                .isAfterOrEqualTo(r.remindedAt().orElseThrow().plus(Revalidation.ANSWER_WITHIN));
                    case MARK_OVERDUE ->
                        assertThat(now)
                                .isAfterOrEqualTo(r.ownerDmAt().orElseThrow().plus(Revalidation.ANSWER_WITHIN));
                }
                r = r.after(due.action(), now);
            }
            next.ifPresent(n -> assertThat(n.at()).isAfterOrEqualTo(START));
            before = r.status(now);
            reachedOverdue |= before == Status.OVERDUE;
        }
        Statistics.collect(reachedOverdue ? "overdue reached" : "not reached");
        Statistics.coverage(c -> c.check("overdue reached").percentage(p -> p > 10));
    }

    @Property
    void the_next_action_is_never_before_now(
            @ForAll Cadence cadence,
            @ForAll("zones") ZoneId zone,
            @ForAll @LongRange(min = 0, max = 120 * 24 * 60) long nowLater) {
        Instant now = START.plus(Duration.ofMinutes(nowLater));

        Revalidation.validated(START, cadence)
                .next(now, zone)
                .ifPresent(n -> assertThat(n.at()).isAfterOrEqualTo(now));
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of("Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Auckland")
                .map(ZoneId::of);
    }
}
