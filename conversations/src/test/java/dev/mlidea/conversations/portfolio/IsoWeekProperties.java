package dev.mlidea.conversations.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IsoWeekProperties {

    @Property(tries = 2000)
    void an_instant_is_in_the_week_of_its_local_date_which_runs_monday_to_monday(
            @ForAll("instants") Instant at, @ForAll("zones") ZoneId zone) {
        IsoWeek week = IsoWeek.of(at, zone);
        ZonedDateTime local = at.atZone(zone);
        ZonedDateTime start = week.start().atZone(zone);

        assertThat(week.contains(at)).isTrue();
        assertThat(week.containsDay(local.toLocalDate())).isTrue();
        assertThat(week.key())
                .isEqualTo(String.format(
                        "%d-W%02d",
                        local.get(IsoFields.WEEK_BASED_YEAR), local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(IsoWeek.of(week.start().minusNanos(1), zone).monday())
                .isEqualTo(week.monday().minusWeeks(1));
        assertThat(IsoWeek.of(week.end(), zone).previous()).isEqualTo(week);
        assertThat(week.previous().end()).isEqualTo(week.start());
        assertThat(week.zone()).isEqualTo(zone);
    }

    /** Seconds from 1990 to 2040: clock changes of every kind are in there. */
    @Provide
    Arbitrary<Instant> instants() {
        long from = Instant.parse("1990-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2040-01-01T00:00:00Z").getEpochSecond();
        return Arbitraries.longs().between(from, to).map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(new TreeSet<>(ZoneId.getAvailableZoneIds())).map(ZoneId::of);
    }
}
