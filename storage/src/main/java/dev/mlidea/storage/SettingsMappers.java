package dev.mlidea.storage;

import static dev.mlidea.storage.Columns.instant;
import static dev.mlidea.storage.Columns.optional;

import dev.mlidea.conversations.rituals.Cadence;
import dev.mlidea.conversations.settings.SettingsField;
import dev.mlidea.conversations.settings.WorkspaceSettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.ZoneId;

/** Rows of the settings tables, mapped by hand like every other row (see {@link RowMappers}). */
final class SettingsMappers {
    private SettingsMappers() {}

    static WorkspaceSettings settings(ResultSet rs) throws SQLException {
        String cadence = rs.getString("default_cadence");
        return new WorkspaceSettings(
                optional(rs, "summary_channel"),
                DayOfWeek.valueOf(rs.getString("summary_day")),
                rs.getInt("summary_hour"),
                ZoneId.of(rs.getString("time_zone")),
                rs.getInt("nudge_days"),
                Cadence.fromChoice(cadence)
                        .orElseThrow(() -> new IllegalArgumentException("unknown cadence: " + cadence)));
    }

    static SettingsChange change(ResultSet rs) throws SQLException {
        String field = rs.getString("field");
        return new SettingsChange(
                SettingsField.byId(field)
                        .orElseThrow(() -> new IllegalArgumentException("unknown settings field: " + field)),
                optional(rs, "old_value"),
                optional(rs, "new_value"),
                rs.getString("changed_by"),
                instant(rs, "changed_at"));
    }
}
