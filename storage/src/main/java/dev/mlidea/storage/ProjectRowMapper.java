package dev.mlidea.storage;

import static dev.mlidea.storage.Columns.instant;
import static dev.mlidea.storage.Columns.optional;
import static dev.mlidea.storage.Columns.strings;

import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.IntakeMode;
import dev.mlidea.conversations.intake.IntakeState;
import dev.mlidea.conversations.intake.IntakeStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A projects row, with no answers yet: {@link Projects} adds them with one more query per batch. */
final class ProjectRowMapper implements RowMapper<ProjectRecord> {
    @Override
    public ProjectRecord map(ResultSet rs, StatementContext ctx) throws SQLException {
        var intake = new IntakeState(
                IntakeStatus.valueOf(rs.getString("intake_status").toUpperCase(Locale.ROOT)),
                IntakeMode.valueOf(rs.getString("intake_mode").toUpperCase(Locale.ROOT)),
                Answers.none(),
                Optional.ofNullable(rs.getString("current_key")),
                Set.copyOf(strings(rs.getArray("draft"))));
        return new ProjectRecord(
                rs.getObject("id", UUID.class),
                rs.getString("team_id"),
                rs.getString("channel_id"),
                rs.getString("proposer_id"),
                strings(rs.getArray("owners")),
                rs.getString("title"),
                rs.getBoolean("titled"),
                intake,
                Delivery.valueOf(rs.getString("delivery").toUpperCase(Locale.ROOT)),
                optional(rs, "card_ts"),
                optional(rs, "response_url"),
                instant(rs, "created_at"),
                instant(rs, "last_activity_at"),
                optional(rs, "question_ts"));
    }

    /** A silent intake: its ids and whether its one reminder was sent. */
    static final class Silent implements RowMapper<SilentIntake> {
        @Override
        public SilentIntake map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new SilentIntake(
                    rs.getString("team_id"), rs.getObject("id", UUID.class), rs.getObject("reminded_at") != null);
        }
    }
}
