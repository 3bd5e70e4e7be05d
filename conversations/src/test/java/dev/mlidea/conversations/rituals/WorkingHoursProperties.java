package dev.mlidea.conversations.rituals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class WorkingHoursProperties {

    @Property(tries = 500)
    void the_next_start_is_inside_not_before_t_and_the_earliest_such_minute(
            @ForAll("instants") Instant t, @ForAll("zones") ZoneId zone) {
        Instant next = WorkingHours.nextStartAtOrAfter(t, zone);

        assertThat(next).isAfterOrEqualTo(t);
        assertThat(WorkingHours.contains(next, zone)).isTrue();
        assertThat(Duration.between(t, next)).isLessThanOrEqualTo(Duration.ofDays(4));
        for (Instant m = t; m.isBefore(next); m = m.plus(1, ChronoUnit.MINUTES)) {
            assertThat(WorkingHours.contains(m, zone)).as("%s in %s", m, zone).isFalse();
        }
    }

    @Property
    void the_next_start_never_moves_earlier_when_t_moves_later(
            @ForAll("instants") Instant t, @ForAll("zones") ZoneId zone, @ForAll("minutes") long later) {
        assertThat(WorkingHours.nextStartAtOrAfter(t.plus(later, ChronoUnit.MINUTES), zone))
                .isAfterOrEqualTo(WorkingHours.nextStartAtOrAfter(t, zone));
    }

    /** Whole minutes from 2000 to 2040: working hours start and end on whole minutes in every zone. */
    @Provide
    Arbitrary<Instant> instants() {
        long from = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond() / 60;
        long to = Instant.parse("2040-01-01T00:00:00Z").getEpochSecond() / 60;
        return Arbitraries.longs().between(from, to).map(m -> Instant.ofEpochSecond(m * 60));
    }

    /** Every zone the JDK knows, DST switches and half-hour offsets included; a few named more often. */
    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.of(new TreeSet<>(ZoneId.getAvailableZoneIds()))),
                        Tuple.of(
                                1,
                                Arbitraries.of(
                                        "Europe/Berlin",
                                        "America/Los_Angeles",
                                        "Asia/Kolkata",
                                        "Asia/Kathmandu",
                                        "Australia/Lord_Howe",
                                        "America/St_Johns",
                                        "Pacific/Apia")))
                .map(ZoneId::of);
    }

    @Provide
    Arbitrary<Long> minutes() {
        return Arbitraries.longs().between(0, 20 * 24 * 60);
    }
}
