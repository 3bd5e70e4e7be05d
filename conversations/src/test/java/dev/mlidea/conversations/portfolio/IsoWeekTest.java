package dev.mlidea.conversations.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsoWeekTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "2026-12-03, 2026-W49, 2026-11-30",
        // 2026 starts on a Thursday, so it has 53 weeks, and its last week runs into 2027.
        "2026-12-31, 2026-W53, 2026-12-28",
        "2027-01-03, 2026-W53, 2026-12-28",
        "2027-01-04, 2027-W01, 2027-01-04",
        // The last days of December can be week 1 of the next year.
        "2025-12-31, 2026-W01, 2025-12-29",
        "2024-12-30, 2025-W01, 2024-12-30",
        // And the first days of January week 53 of the year before.
        "2021-01-03, 2020-W53, 2020-12-28",
        "2022-01-02, 2021-W52, 2021-12-27",
    })
    void a_day_is_in_its_iso_week(LocalDate day, String key, LocalDate monday) {
        IsoWeek week = IsoWeek.of(day.atTime(12, 0).atZone(BERLIN).toInstant(), BERLIN);

        assertThat(week.key()).isEqualTo(key);
        assertThat(week.monday()).isEqualTo(monday);
        assertThat(week.start()).isEqualTo(monday.atStartOfDay(BERLIN).toInstant());
        assertThat(week.end())
                .isEqualTo(monday.plusWeeks(1).atStartOfDay(BERLIN).toInstant());
    }

    @Test
    void the_same_instant_is_in_different_weeks_on_different_calendars() {
        // Sunday 23:30 in London is already Monday in Berlin: 2026-W53 in one, 2027-W01 in the other.
        Instant at = Instant.parse("2027-01-03T23:30:00Z");

        assertThat(IsoWeek.of(at, ZoneOffset.UTC).key()).isEqualTo("2026-W53");
        assertThat(IsoWeek.of(at, BERLIN).key()).isEqualTo("2027-W01");
        assertThat(IsoWeek.of(at, ZoneId.of("America/Los_Angeles")).key()).isEqualTo("2026-W53");
    }

    @Test
    void a_week_with_a_clock_change_is_an_hour_shorter_or_longer() {
        IsoWeek spring = IsoWeek.of(Instant.parse("2026-03-25T12:00:00Z"), BERLIN);
        IsoWeek autumn = IsoWeek.of(Instant.parse("2026-10-21T12:00:00Z"), BERLIN);

        assertThat(Duration.between(spring.start(), spring.end())).isEqualTo(Duration.ofHours(167));
        assertThat(Duration.between(autumn.start(), autumn.end())).isEqualTo(Duration.ofHours(169));
        assertThat(spring.start()).isEqualTo(Instant.parse("2026-03-22T23:00:00Z"));
        assertThat(spring.end()).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
    }

    @Test
    void where_a_monday_midnight_is_skipped_the_week_starts_at_the_first_instant_of_that_monday() {
        // Morocco moved its clocks from 00:00 straight to 01:00 on Monday 2009-06-01.
        ZoneId casablanca = ZoneId.of("Africa/Casablanca");
        IsoWeek week = IsoWeek.of(Instant.parse("2009-06-03T12:00:00Z"), casablanca);

        assertThat(week.key()).isEqualTo("2009-W23");
        assertThat(week.start()).isEqualTo(Instant.parse("2009-06-01T00:00:00Z"));
        assertThat(week.start().atZone(casablanca).toLocalTime()).hasToString("01:00");
        assertThat(week.previous().end()).isEqualTo(week.start());
        assertThat(IsoWeek.of(week.start().minusSeconds(1), casablanca).key()).isEqualTo("2009-W22");
    }

    @Test
    void contains_is_half_open_and_weeks_follow_each_other() {
        IsoWeek week = IsoWeek.of(Instant.parse("2026-12-03T12:00:00Z"), BERLIN);

        assertThat(week.contains(week.start())).isTrue();
        assertThat(week.contains(week.end().minusNanos(1))).isTrue();
        assertThat(week.contains(week.end())).isFalse();
        assertThat(week.contains(week.start().minusNanos(1))).isFalse();
        assertThat(week.previous().key()).isEqualTo("2026-W48");
        assertThat(week.previous().end()).isEqualTo(week.start());
        assertThat(week.containsDay(LocalDate.of(2026, 12, 6))).isTrue();
        assertThat(week.containsDay(LocalDate.of(2026, 12, 7))).isFalse();
        assertThat(week.containsDay(LocalDate.of(2026, 11, 29))).isFalse();
        assertThat(new IsoWeek(LocalDate.of(2027, 1, 4), BERLIN).previous().key())
                .isEqualTo("2026-W53");
    }

    @Test
    void a_week_starts_on_a_monday() {
        assertThatThrownBy(() -> new IsoWeek(LocalDate.of(2026, 12, 1), BERLIN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
