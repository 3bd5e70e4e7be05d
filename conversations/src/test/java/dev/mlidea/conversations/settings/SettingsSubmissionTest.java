package dev.mlidea.conversations.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.rituals.Cadence;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsSubmissionTest {

    static Map<SettingsField, String> valid() {
        var raw = new EnumMap<SettingsField, String>(SettingsField.class);
        raw.put(SettingsField.SUMMARY_CHANNEL, "C0SUMMARY1");
        raw.put(SettingsField.DAY, "FRIDAY");
        raw.put(SettingsField.HOUR, "16");
        raw.put(SettingsField.ZONE, "America/Los_Angeles");
        raw.put(SettingsField.NUDGE_DAYS, "10");
        raw.put(SettingsField.DEFAULT_CADENCE, "4w");
        return raw;
    }

    static Map<SettingsField, String> validWith(SettingsField field, String value) {
        var raw = new EnumMap<>(valid());
        if (value == null) raw.remove(field);
        else raw.put(field, value);
        return raw;
    }

    @Test
    void valid_fields_read_into_settings() {
        assertThat(SettingsSubmission.read(valid()))
                .isEqualTo(new SettingsSubmission.Outcome.Valid(new WorkspaceSettings(
                        Optional.of("C0SUMMARY1"),
                        DayOfWeek.FRIDAY,
                        16,
                        ZoneId.of("America/Los_Angeles"),
                        10,
                        Cadence.FOUR_WEEKS)));
    }

    @Test
    void no_channel_is_allowed_and_means_none_yet() {
        for (String none : new String[] {null, "", "  "}) {
            var outcome = SettingsSubmission.read(validWith(SettingsField.SUMMARY_CHANNEL, none));
            assertThat(outcome)
                    .isInstanceOfSatisfying(
                            SettingsSubmission.Outcome.Valid.class,
                            v -> assertThat(v.settings().summaryChannel()).isEmpty());
        }
    }

    @Test
    void each_bad_field_is_refused_on_its_own() {
        assertRefused(SettingsField.HOUR, "25");
        assertRefused(SettingsField.HOUR, "-1");
        assertRefused(SettingsField.HOUR, "9am");
        assertRefused(SettingsField.HOUR, "0000000000000000000009");
        assertRefused(SettingsField.HOUR, null);
        assertRefused(SettingsField.ZONE, "Mars/Base");
        assertRefused(SettingsField.ZONE, "+02:00");
        assertRefused(SettingsField.ZONE, "");
        assertRefused(SettingsField.NUDGE_DAYS, "0");
        assertRefused(SettingsField.NUDGE_DAYS, "2");
        assertRefused(SettingsField.NUDGE_DAYS, "31");
        assertRefused(SettingsField.DAY, "Funday");
        assertRefused(SettingsField.DAY, null);
        assertRefused(SettingsField.DEFAULT_CADENCE, "3w");
        assertRefused(SettingsField.SUMMARY_CHANNEL, "#general");
    }

    @Test
    void the_ends_of_each_range_are_allowed_and_days_in_any_case() {
        assertValid(SettingsField.HOUR, "0");
        assertValid(SettingsField.HOUR, "23");
        assertValid(SettingsField.NUDGE_DAYS, "3");
        assertValid(SettingsField.NUDGE_DAYS, "30");
        assertValid(SettingsField.DAY, "sunday");
        assertValid(SettingsField.ZONE, "UTC");
    }

    @Test
    void every_bad_field_is_named_at_once_without_quoting_what_was_sent() {
        var raw = validWith(SettingsField.HOUR, "25");
        raw.put(SettingsField.ZONE, "Mars/Base");
        raw.put(SettingsField.NUDGE_DAYS, "0");

        var outcome = SettingsSubmission.read(raw);

        assertThat(outcome).isInstanceOfSatisfying(SettingsSubmission.Outcome.Refused.class, r -> {
            assertThat(r.errors()).containsOnlyKeys(SettingsField.HOUR, SettingsField.ZONE, SettingsField.NUDGE_DAYS);
            assertThat(r.errors().values()).noneMatch(m -> m.contains("Mars") || m.contains("25"));
        });
    }

    private static void assertRefused(SettingsField field, String value) {
        assertThat(SettingsSubmission.read(validWith(field, value)))
                .as("%s = %s", field, value)
                .isInstanceOfSatisfying(
                        SettingsSubmission.Outcome.Refused.class,
                        r -> assertThat(r.errors()).containsOnlyKeys(field));
    }

    private static void assertValid(SettingsField field, String value) {
        assertThat(SettingsSubmission.read(validWith(field, value)))
                .as("%s = %s", field, value)
                .isInstanceOf(SettingsSubmission.Outcome.Valid.class);
    }
}
