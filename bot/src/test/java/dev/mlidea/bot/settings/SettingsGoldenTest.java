package dev.mlidea.bot.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import dev.mlidea.bot.testing.Golden;
import dev.mlidea.conversations.rituals.Cadence;
import dev.mlidea.conversations.settings.SettingsField;
import dev.mlidea.conversations.settings.WorkspaceSettings;
import dev.mlidea.storage.SettingsChange;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The settings modal and direct messages, as people see them. */
class SettingsGoldenTest {
    private static final Instant AT = Instant.parse("2025-03-10T08:00:00Z");

    @Test
    void the_modal_with_the_defaults() {
        Golden.assertMatches(
                "settings-modal-defaults", json(SettingsView.form(WorkspaceSettings.defaults(ZoneId.of("UTC")))));
    }

    @Test
    void the_modal_with_a_channel_and_a_zone_not_on_the_list() {
        var chosen = new WorkspaceSettings(
                Optional.of("C0SUMMARY1"), DayOfWeek.FRIDAY, 16, ZoneId.of("Pacific/Chatham"), 10, Cadence.FOUR_WEEKS);
        Golden.assertMatches("settings-modal-chosen", json(SettingsView.form(chosen)));
    }

    @Test
    void the_question_about_a_channel() {
        Golden.assertMatches("settings-ask-channel", SettingsMessages.askForChannel());
    }

    @Test
    void what_a_save_changed() {
        Golden.assertMatches(
                "settings-saved",
                SettingsMessages.saved(List.of(
                        new SettingsChange(
                                SettingsField.SUMMARY_CHANNEL, Optional.empty(), Optional.of("C0SUMMARY1"), "U1", AT),
                        new SettingsChange(SettingsField.DAY, Optional.of("MONDAY"), Optional.of("FRIDAY"), "U1", AT),
                        new SettingsChange(SettingsField.HOUR, Optional.of("9"), Optional.of("16"), "U1", AT),
                        new SettingsChange(
                                SettingsField.ZONE, Optional.empty(), Optional.of("Europe/Berlin"), "U1", AT),
                        new SettingsChange(SettingsField.NUDGE_DAYS, Optional.of("7"), Optional.of("14"), "U1", AT),
                        new SettingsChange(
                                SettingsField.DEFAULT_CADENCE, Optional.of("2w"), Optional.of("1w"), "U1", AT))));
        Golden.assertMatches("settings-saved-nothing", SettingsMessages.saved(List.of()));
    }

    @Test
    void the_zone_select_stays_inside_slacks_limits() {
        var groups = TimeZones.groups(ZoneId.of("Pacific/Chatham"));
        assertThat(groups).hasSizeLessThanOrEqualTo(100);
        assertThat(groups.values()).allSatisfy(zones -> assertThat(zones).hasSizeLessThanOrEqualTo(100));
        assertThat(groups.values().stream().flatMap(List::stream))
                .doesNotHaveDuplicates()
                .allSatisfy(z -> {
                    assertThat(ZoneId.getAvailableZoneIds()).contains(z);
                    assertThat(TimeZones.label(z).length()).isLessThanOrEqualTo(75);
                });
        assertThat(TimeZones.groups(ZoneId.of("Europe/Berlin"))).doesNotContainKey(TimeZones.CURRENT_GROUP);
    }

    private static com.google.gson.JsonElement json(View view) {
        return JsonParser.parseString(GsonFactory.createSnakeCase().toJson(view));
    }
}
