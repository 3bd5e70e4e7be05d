package dev.mlidea.storage;

import dev.mlidea.conversations.settings.WorkspaceSettings;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The settings tables (V8): workspace_settings, one row per team, and settings_changes (appended). */
interface SettingsDao {
    @SqlQuery("SELECT * FROM workspace_settings WHERE team_id = :team")
    Optional<WorkspaceSettings> find(String team);

    @SqlQuery("SELECT * FROM workspace_settings WHERE team_id = :team FOR UPDATE")
    Optional<WorkspaceSettings> lock(String team);

    /** Writes the settings, keeping whatever the row says about the channel question. */
    @SqlUpdate("""
            INSERT INTO workspace_settings (team_id, summary_channel, summary_day, summary_hour, time_zone,
                                            nudge_days, default_cadence, updated_at)
            VALUES (:team, :channel, :day, :hour, :zone, :nudgeDays, :cadence, :at)
            ON CONFLICT (team_id) DO UPDATE
            SET summary_channel = EXCLUDED.summary_channel, summary_day = EXCLUDED.summary_day,
                summary_hour = EXCLUDED.summary_hour, time_zone = EXCLUDED.time_zone,
                nudge_days = EXCLUDED.nudge_days, default_cadence = EXCLUDED.default_cadence,
                updated_at = EXCLUDED.updated_at
            """)
    void upsert(
            String team, String channel, String day, int hour, String zone, int nudgeDays, String cadence, Instant at);

    /**
     * 1 when this call is the first to ask about the channel (the row is created with {@code defaults}
     * if there was none), 0 when someone was asked before or a channel is set. Two at once: the second
     * waits on the first's key, then finds it asked.
     */
    @SqlUpdate("""
            INSERT INTO workspace_settings (team_id, summary_channel, summary_day, summary_hour, time_zone,
                                            nudge_days, default_cadence, channel_asked_at, channel_asked_user,
                                            updated_at)
            VALUES (:team, NULL, :day, :hour, :zone, :nudgeDays, :cadence, :at, :user, :at)
            ON CONFLICT (team_id) DO UPDATE
            SET channel_asked_at = EXCLUDED.channel_asked_at, channel_asked_user = EXCLUDED.channel_asked_user
            WHERE workspace_settings.channel_asked_at IS NULL AND workspace_settings.summary_channel IS NULL
            """)
    int markChannelAsked(
            String team, String user, Instant at, String day, int hour, String zone, int nudgeDays, String cadence);

    @SqlUpdate("""
            INSERT INTO settings_changes (team_id, changed_by, changed_at, field, old_value, new_value)
            VALUES (:team, :by, :at, :field, :oldValue, :newValue)
            """)
    void insertChange(String team, String by, Instant at, String field, String oldValue, String newValue);

    /** In the order recorded. */
    @SqlQuery("""
            SELECT field, old_value, new_value, changed_by, changed_at FROM settings_changes
            WHERE team_id = :team ORDER BY id
            """)
    List<SettingsChange> changes(String team);

    @SqlQuery(
            "SELECT channel_asked_user FROM workspace_settings WHERE team_id = :team AND channel_asked_at IS NOT NULL")
    Optional<String> channelAskedUser(String team);

    @SqlQuery("""
            SELECT EXISTS (SELECT 1 FROM workspace_settings
                           WHERE team_id = :team AND (channel_asked_at IS NOT NULL OR summary_channel IS NOT NULL))
            """)
    boolean channelSettled(String team);

    /** Every workspace with a settings row: the summary scheduler's list, the one query across teams. */
    @SqlQuery("SELECT team_id FROM workspace_settings ORDER BY team_id")
    List<String> teams();
}
