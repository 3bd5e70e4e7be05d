package dev.mlidea.storage;

import static dev.mlidea.storage.Columns.instant;
import static dev.mlidea.storage.Columns.optional;
import static dev.mlidea.storage.Columns.strings;

import dev.mlidea.conversations.rituals.Cadence;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.conversations.rituals.StageMove;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Rows of the ritual tables, mapped by hand like every other row (see {@link RowMappers}). */
final class RitualMappers {
    private RitualMappers() {}

    static RitualRecord ritual(ResultSet rs) throws SQLException {
        return new RitualRecord(
                rs.getString("team_id"),
                rs.getObject("project_id", UUID.class),
                stage(rs.getString("stage")),
                instant(rs, "stage_since"),
                rs.getInt("iteration"),
                instant(rs, "last_progress_at"),
                optionalInstant(rs, "last_nudge_at"),
                rs.getInt("ignored_nudges"),
                optionalInstant(rs, "snoozed_until"),
                optionalInstant(rs, "stalled_at"),
                Set.copyOf(strings(rs.getArray("steps_done"))),
                rs.getString("criteria"),
                optionalInstant(rs, "criteria_changed_at"),
                strings(rs.getArray("stakeholders")),
                Set.copyOf(strings(rs.getArray("agreed_by"))),
                instant(rs, "last_validation_at"),
                cadence(rs.getString("cadence")),
                optionalInstant(rs, "reval_reminded_at"),
                optionalInstant(rs, "reval_owner_dm_at"),
                optionalInstant(rs, "reval_overdue_at"),
                optional(rs, "owner_zone").map(ZoneId::of));
    }

    static StageMove stageMove(ResultSet rs) throws SQLException {
        return new StageMove(
                stage(rs.getString("from_stage")),
                stage(rs.getString("to_stage")),
                instant(rs, "moved_at"),
                rs.getString("moved_by"),
                rs.getInt("iteration"));
    }

    static ValidationRecord validation(ResultSet rs) throws SQLException {
        return new ValidationRecord(
                rs.getString("team_id"),
                rs.getObject("project_id", UUID.class),
                rs.getString("validated_by"),
                instant(rs, "validated_at"),
                ValidationRecord.Outcome.byId(rs.getString("outcome")),
                rs.getString("old_criteria"),
                optional(rs, "new_criteria"),
                optional(rs, "metric_text"),
                Optional.ofNullable(rs.getBigDecimal("metric_number")),
                optional(rs, "reason"),
                Set.copyOf(strings(rs.getArray("agreed_by"))));
    }

    static NudgeRecord nudge(ResultSet rs) throws SQLException {
        return new NudgeRecord(instant(rs, "sent_at"), rs.getString("step_id"), rs.getInt("number"));
    }

    static UserZone userZone(ResultSet rs) throws SQLException {
        return new UserZone(rs.getString("user_id"), ZoneId.of(rs.getString("tz")), instant(rs, "fetched_at"));
    }

    static Stage stage(String id) {
        for (Stage stage : Stage.values()) {
            if (stage.id().equals(id)) return stage;
        }
        throw new IllegalArgumentException("unknown stage: " + id);
    }

    static Cadence cadence(String id) {
        return Cadence.fromChoice(id).orElseThrow(() -> new IllegalArgumentException("unknown cadence: " + id));
    }

    private static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(instant(rs, column));
    }
}
