package dev.mlidea.conversations.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.rituals.Cadence;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

class WorkspaceSettingsProperties {

    @Property(tries = 1000)
    void the_next_summary_is_the_chosen_weekday_and_hour_not_before_now_and_within_a_week(
            @ForAll("instants") Instant now,
            @ForAll("zones") ZoneId zone,
            @ForAll DayOfWeek day,
            @ForAll @IntRange(min = 0, max = 23) int hour) {
        var settings = new WorkspaceSettings(Optional.empty(), day, hour, zone, 7, Cadence.DEFAULT);

        Instant next = settings.nextSummaryAt(now);

        assertThat(next).isAfterOrEqualTo(now);
        // A week, plus the longest clock change between now and then.
        assertThat(Duration.between(now, next))
                .isLessThanOrEqualTo(Duration.ofDays(7).plusHours(2));
        ZonedDateTime local = next.atZone(zone);
        assertThat(local.getDayOfWeek()).isEqualTo(day);
        assertThat(next)
                .as("the day's %02d:00 as ZonedDateTime resolves it, first occurrence", hour)
                .isEqualTo(ZonedDateTime.of(local.toLocalDate(), LocalTime.of(hour, 0), zone)
                        .withEarlierOffsetAtOverlap()
                        .toInstant());
    }

    @Property(tries = 500)
    void nothing_between_now_and_the_next_summary_has_an_earlier_one(
            @ForAll("instants") Instant now,
            @ForAll("zones") ZoneId zone,
            @ForAll DayOfWeek day,
            @ForAll @IntRange(min = 0, max = 23) int hour,
            @ForAll @IntRange(min = 0, max = 1000) int permille) {
        var settings = new WorkspaceSettings(Optional.empty(), day, hour, zone, 7, Cadence.DEFAULT);
        Instant next = settings.nextSummaryAt(now);
        Instant between = now.plusMillis(Duration.between(now, next).toMillis() * permille / 1000);

        assertThat(settings.nextSummaryAt(between)).isEqualTo(next);
        assertThat(settings.nextSummaryAt(next)).isEqualTo(next);
    }

    @Property(tries = 500)
    void the_summary_after_one_is_a_week_later_give_or_take_a_clock_change(
            @ForAll("instants") Instant now,
            @ForAll("zones") ZoneId zone,
            @ForAll DayOfWeek day,
            @ForAll @IntRange(min = 0, max = 23) int hour) {
        var settings = new WorkspaceSettings(Optional.empty(), day, hour, zone, 7, Cadence.DEFAULT);
        Instant next = settings.nextSummaryAt(now);

        Instant after = settings.nextSummaryAt(next.plusSeconds(1));

        assertThat(Duration.between(next, after))
                .isBetween(Duration.ofDays(7).minusHours(2), Duration.ofDays(7).plusHours(2));
    }

    @Provide
    Arbitrary<Instant> instants() {
        long from = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2040-01-01T00:00:00Z").getEpochSecond();
        return Arbitraries.longs().between(from, to).map(Instant::ofEpochSecond);
    }

    /** Every zone the JDK knows; a few with daylight saving, half hours or odd rules named more often. */
    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.of(new TreeSet<>(ZoneId.getAvailableZoneIds()))),
                        Tuple.of(
                                1,
                                Arbitraries.of(
                                        "Europe/Berlin",
                                        "America/Los_Angeles",
                                        "America/St_Johns",
                                        "Australia/Lord_Howe",
                                        "Asia/Kathmandu",
                                        "Pacific/Apia")))
                .map(ZoneId::of);
    }
}
