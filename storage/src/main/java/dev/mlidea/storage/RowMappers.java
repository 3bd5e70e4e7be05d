package dev.mlidea.storage;

import static dev.mlidea.storage.Columns.instant;

import dev.mlidea.conversations.rituals.StageMove;
import dev.mlidea.conversations.settings.WorkspaceSettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Every row type the repositories return, registered as instances: no reflection, so mappers and
 * rows can stay package-private.
 */
final class RowMappers {
    private RowMappers() {}

    static Jdbi registerAll(Jdbi jdbi) {
        return jdbi.registerRowMapper(ProjectRecord.class, new ProjectRowMapper())
                .registerRowMapper(SilentIntake.class, new ProjectRowMapper.Silent())
                .registerRowMapper(StoredAssessment.class, new StoredAssessmentMapper())
                .registerRowMapper(OutboxRow.class, new OutboxRowMapper())
                .registerRowMapper(
                        SummaryRecord.class,
                        (rs, ctx) -> new SummaryRecord(
                                rs.getString("team_id"),
                                rs.getString("summary_key"),
                                rs.getString("kind"),
                                rs.getString("channel_id"),
                                rs.getTimestamp("claimed_at").toInstant(),
                                java.util.Optional.ofNullable(rs.getString("posted_ts")),
                                java.util.Optional.ofNullable(rs.getTimestamp("posted_at"))
                                        .map(java.sql.Timestamp::toInstant)))
                .registerRowMapper(InboxRow.class, (rs, ctx) -> inboxRow(rs))
                .registerRowMapper(RitualRecord.class, (rs, ctx) -> RitualMappers.ritual(rs))
                .registerRowMapper(StageMove.class, (rs, ctx) -> RitualMappers.stageMove(rs))
                .registerRowMapper(ValidationRecord.class, (rs, ctx) -> RitualMappers.validation(rs))
                .registerRowMapper(NudgeRecord.class, (rs, ctx) -> RitualMappers.nudge(rs))
                .registerRowMapper(UserZone.class, (rs, ctx) -> RitualMappers.userZone(rs))
                .registerRowMapper(WorkspaceSettings.class, (rs, ctx) -> SettingsMappers.settings(rs))
                .registerRowMapper(SettingsChange.class, (rs, ctx) -> SettingsMappers.change(rs))
                .registerRowMapper(
                        DueRitual.class,
                        (rs, ctx) -> new DueRitual(rs.getString("team_id"), rs.getObject("project_id", UUID.class)))
                .registerRowMapper(
                        AnswerDao.Row.class,
                        (rs, ctx) -> new AnswerDao.Row(
                                rs.getObject("project_id", UUID.class),
                                rs.getString("question_key"),
                                rs.getString("kind"),
                                rs.getString("value"),
                                rs.getString("answered_by")))
                .registerRowMapper(
                        InboxDao.Head.class,
                        (rs, ctx) -> new InboxDao.Head(
                                rs.getString("team_id"), rs.getString("ordering_key"), nullableLong(rs, "next_id")))
                .registerRowMapper(
                        OutboxDao.Head.class,
                        (rs, ctx) -> new OutboxDao.Head(
                                rs.getString("team_id"), rs.getString("lane"), nullableLong(rs, "next_id")));
    }

    private static InboxRow inboxRow(ResultSet rs) throws SQLException {
        return new InboxRow(
                rs.getLong("id"),
                rs.getString("team_id"),
                rs.getString("kind"),
                rs.getString("payload"),
                rs.getInt("attempts"),
                instant(rs, "received_at"),
                instant(rs, "not_before"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
