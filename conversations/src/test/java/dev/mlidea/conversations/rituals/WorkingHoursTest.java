package dev.mlidea.conversations.rituals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    private static Instant at(String utc) {
        return Instant.parse(utc);
    }

    @Test
    void nine_is_inside_and_five_is_not() {
        // Monday 2026-03-02 in Berlin (CET, +01:00).
        assertThat(WorkingHours.contains(at("2026-03-02T07:59:59Z"), BERLIN)).isFalse();
        assertThat(WorkingHours.contains(at("2026-03-02T08:00:00Z"), BERLIN)).isTrue();
        assertThat(WorkingHours.contains(at("2026-03-02T15:59:59Z"), BERLIN)).isTrue();
        assertThat(WorkingHours.contains(at("2026-03-02T16:00:00Z"), BERLIN)).isFalse();
    }

    @Test
    void weekends_are_outside_all_day() {
        assertThat(WorkingHours.contains(at("2026-03-07T10:00:00Z"), BERLIN)).isFalse(); // Saturday
        assertThat(WorkingHours.contains(at("2026-03-08T10:00:00Z"), BERLIN)).isFalse(); // Sunday
        assertThat(WorkingHours.nextStartAtOrAfter(at("2026-03-07T10:00:00Z"), BERLIN))
                .isEqualTo(at("2026-03-09T08:00:00Z"));
    }

    @Test
    void inside_working_hours_the_next_start_is_now() {
        assertThat(WorkingHours.nextStartAtOrAfter(at("2026-03-04T12:34:56.789Z"), BERLIN))
                .isEqualTo(at("2026-03-04T12:34:56.789Z"));
    }

    @Test
    void before_nine_waits_for_nine_the_same_day_and_after_five_for_nine_the_next() {
        assertThat(WorkingHours.nextStartAtOrAfter(at("2026-03-04T05:00:00Z"), BERLIN))
                .isEqualTo(at("2026-03-04T08:00:00Z"));
        assertThat(WorkingHours.nextStartAtOrAfter(at("2026-03-04T16:00:00Z"), BERLIN))
                .isEqualTo(at("2026-03-05T08:00:00Z"));
    }

    @Test
    void friday_five_pm_waits_for_monday_nine() {
        // Friday 2026-03-06 17:00 CET.
        assertThat(WorkingHours.nextStartAtOrAfter(at("2026-03-06T16:00:00Z"), BERLIN))
                .isEqualTo(at("2026-03-09T08:00:00Z"));
    }

    @Test
    void berlin_across_the_spring_switch_of_2027_03_28() {
        // Friday 17:00 CET (+01:00) → Monday 09:00 CEST (+02:00): the weekend is an hour shorter.
        assertThat(WorkingHours.nextStartAtOrAfter(at("2027-03-26T16:00:00Z"), BERLIN))
                .isEqualTo(at("2027-03-29T07:00:00Z"));
        // Sunday, inside the skipped hour 02:00–03:00.
        assertThat(WorkingHours.nextStartAtOrAfter(at("2027-03-28T01:30:00Z"), BERLIN))
                .isEqualTo(at("2027-03-29T07:00:00Z"));
        assertThat(WorkingHours.contains(at("2027-03-29T06:59:00Z"), BERLIN)).isFalse();
        assertThat(WorkingHours.contains(at("2027-03-29T07:00:00Z"), BERLIN)).isTrue();
        assertThat(WorkingHours.contains(at("2027-03-29T14:59:00Z"), BERLIN)).isTrue();
        assertThat(WorkingHours.contains(at("2027-03-29T15:00:00Z"), BERLIN)).isFalse();
    }

    @Test
    void los_angeles_across_the_autumn_switch_of_2026_11_01() {
        // Friday 2026-10-30 17:00 PDT (-07:00) → Monday 2026-11-02 09:00 PST (-08:00).
        assertThat(WorkingHours.nextStartAtOrAfter(at("2026-10-31T00:00:00Z"), LOS_ANGELES))
                .isEqualTo(at("2026-11-02T17:00:00Z"));
        // Sunday 01:30, which happens twice.
        assertThat(WorkingHours.nextStartAtOrAfter(at("2026-11-01T08:30:00Z"), LOS_ANGELES))
                .isEqualTo(at("2026-11-02T17:00:00Z"));
        assertThat(WorkingHours.nextStartAtOrAfter(at("2026-11-01T09:30:00Z"), LOS_ANGELES))
                .isEqualTo(at("2026-11-02T17:00:00Z"));
        assertThat(WorkingHours.contains(at("2026-11-03T00:59:00Z"), LOS_ANGELES))
                .isTrue(); // Mon 16:59 PST
        assertThat(WorkingHours.contains(at("2026-11-03T01:00:00Z"), LOS_ANGELES))
                .isFalse();
    }

    @Test
    void kolkata_at_five_thirty_ahead_of_utc() {
        // Monday 2026-03-02: 09:00 IST is 03:30 UTC, 17:00 IST is 11:30 UTC.
        assertThat(WorkingHours.contains(at("2026-03-02T03:29:00Z"), KOLKATA)).isFalse();
        assertThat(WorkingHours.contains(at("2026-03-02T03:30:00Z"), KOLKATA)).isTrue();
        assertThat(WorkingHours.contains(at("2026-03-02T11:29:00Z"), KOLKATA)).isTrue();
        assertThat(WorkingHours.contains(at("2026-03-02T11:30:00Z"), KOLKATA)).isFalse();
        // Friday 2026-03-06 17:00 IST → Monday 09:00 IST.
        assertThat(WorkingHours.nextStartAtOrAfter(at("2026-03-06T11:30:00Z"), KOLKATA))
                .isEqualTo(at("2026-03-09T03:30:00Z"));
        // Sunday 23:00 UTC is already Monday 04:30 IST: wait for 09:00 IST the same Monday.
        assertThat(WorkingHours.nextStartAtOrAfter(at("2026-03-08T23:00:00Z"), KOLKATA))
                .isEqualTo(at("2026-03-09T03:30:00Z"));
    }

    @Test
    void the_same_instant_can_be_inside_for_one_owner_and_outside_for_another() {
        Instant mondayMorningUtc = at("2026-03-02T08:30:00Z");
        assertThat(WorkingHours.contains(mondayMorningUtc, BERLIN)).isTrue();
        assertThat(WorkingHours.contains(mondayMorningUtc, KOLKATA)).isTrue();
        assertThat(WorkingHours.contains(mondayMorningUtc, LOS_ANGELES)).isFalse();
        assertThat(WorkingHours.nextStartAtOrAfter(mondayMorningUtc, LOS_ANGELES))
                .isEqualTo(at("2026-03-02T17:00:00Z"));
    }

    @Test
    void a_day_skipped_by_the_zone_rules_is_skipped_too() {
        // Samoa skipped Friday 2011-12-30 entirely: Thursday 17:00 → Monday 2012-01-02 09:00 (+14:00).
        ZoneId apia = ZoneId.of("Pacific/Apia");
        assertThat(WorkingHours.nextStartAtOrAfter(at("2011-12-30T03:00:00Z"), apia))
                .isEqualTo(at("2012-01-01T19:00:00Z"));
    }
}
