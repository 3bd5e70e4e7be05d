package dev.mlidea.conversations.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlidea.conversations.rituals.Cadence;
import dev.mlidea.conversations.rituals.NudgePolicy;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkspaceSettingsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void the_defaults_are_monday_nine_in_the_zone_given_with_no_channel() {
        var d = WorkspaceSettings.defaults(BERLIN);

        assertThat(d.summaryChannel()).isEmpty();
        assertThat(d.day()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(d.hour()).isEqualTo(9);
        assertThat(d.zone()).isEqualTo(BERLIN);
        assertThat(d.nudgeDays()).isEqualTo(NudgePolicy.DEFAULT_IDLE_DAYS);
        assertThat(d.nudgePolicy()).isEqualTo(NudgePolicy.standard());
        assertThat(d.defaultCadence()).isEqualTo(Cadence.DEFAULT);
    }

    @Test
    void the_offset_z_is_the_region_utc() {
        assertThat(WorkspaceSettings.defaults(java.time.ZoneOffset.UTC).zone().getId())
                .isEqualTo("UTC");
        assertThat(WorkspaceSettings.defaults(java.time.ZoneOffset.UTC))
                .isEqualTo(WorkspaceSettings.defaults(ZoneId.of("UTC")));
    }

    @Test
    void values_out_of_range_are_refused() {
        var d = WorkspaceSettings.defaults(BERLIN);
        assertThatThrownBy(() -> new WorkspaceSettings(Optional.empty(), d.day(), 24, BERLIN, 7, Cadence.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkspaceSettings(Optional.empty(), d.day(), -1, BERLIN, 7, Cadence.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkspaceSettings(Optional.empty(), d.day(), 9, BERLIN, 2, Cadence.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkspaceSettings(Optional.empty(), d.day(), 9, BERLIN, 31, Cadence.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkspaceSettings(Optional.of(" "), d.day(), 9, BERLIN, 7, Cadence.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_next_summary_is_later_today_or_the_same_weekday_next_week() {
        var monday9 = WorkspaceSettings.defaults(BERLIN);
        // Monday 2025-03-10, 08:00 in Berlin (CET, UTC+1).
        Instant beforeNine = Instant.parse("2025-03-10T07:00:00Z");

        assertThat(monday9.nextSummaryAt(beforeNine)).isEqualTo("2025-03-10T08:00:00Z");
        assertThat(monday9.nextSummaryAt(Instant.parse("2025-03-10T08:00:00Z")))
                .as("at or after: the hour itself")
                .isEqualTo("2025-03-10T08:00:00Z");
        assertThat(monday9.nextSummaryAt(Instant.parse("2025-03-10T08:00:01Z"))).isEqualTo("2025-03-17T08:00:00Z");
        assertThat(monday9.nextSummaryAt(Instant.parse("2025-03-12T12:00:00Z"))).isEqualTo("2025-03-17T08:00:00Z");
    }

    @Test
    void an_hour_the_clocks_skip_moves_forward_by_the_gap() {
        // Berlin springs forward on Sunday 2025-03-30: 02:00 CET becomes 03:00 CEST, so 02:00 never happens.
        var sunday2 = new WorkspaceSettings(Optional.empty(), DayOfWeek.SUNDAY, 2, BERLIN, 7, Cadence.DEFAULT);

        assertThat(sunday2.nextSummaryAt(Instant.parse("2025-03-29T12:00:00Z")))
                .as("03:00 CEST")
                .isEqualTo("2025-03-30T01:00:00Z");
    }

    @Test
    void an_hour_the_clocks_repeat_is_its_first_occurrence_only() {
        // Berlin falls back on Sunday 2025-10-26: 02:00 to 03:00 CEST is followed by 02:00 to 03:00 CET.
        var sunday2 = new WorkspaceSettings(Optional.empty(), DayOfWeek.SUNDAY, 2, BERLIN, 7, Cadence.DEFAULT);

        assertThat(sunday2.nextSummaryAt(Instant.parse("2025-10-25T12:00:00Z")))
                .as("02:00 CEST")
                .isEqualTo("2025-10-26T00:00:00Z");
        assertThat(sunday2.nextSummaryAt(Instant.parse("2025-10-26T00:30:00Z")))
                .as("not again at 02:00 CET the same night")
                .isEqualTo("2025-11-02T01:00:00Z");
    }

    @Test
    void the_field_values_are_the_text_the_history_records() {
        var s = new WorkspaceSettings(Optional.of("C0123"), DayOfWeek.FRIDAY, 16, BERLIN, 10, Cadence.FOUR_WEEKS);

        assertThat(SettingsField.SUMMARY_CHANNEL.valueOf(s)).contains("C0123");
        assertThat(SettingsField.DAY.valueOf(s)).contains("FRIDAY");
        assertThat(SettingsField.HOUR.valueOf(s)).contains("16");
        assertThat(SettingsField.ZONE.valueOf(s)).contains("Europe/Berlin");
        assertThat(SettingsField.NUDGE_DAYS.valueOf(s)).contains("10");
        assertThat(SettingsField.DEFAULT_CADENCE.valueOf(s)).contains("4w");
        assertThat(SettingsField.SUMMARY_CHANNEL.valueOf(WorkspaceSettings.defaults(BERLIN)))
                .isEmpty();
        for (SettingsField f : SettingsField.values()) {
            assertThat(SettingsField.byId(f.id())).contains(f);
        }
        assertThat(SettingsField.byId("colour")).isEmpty();
    }
}
