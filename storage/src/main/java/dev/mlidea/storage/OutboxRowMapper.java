package dev.mlidea.storage;

import static dev.mlidea.storage.Columns.instant;
import static dev.mlidea.storage.Columns.optional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

final class OutboxRowMapper implements RowMapper<OutboxRow> {
    @Override
    public OutboxRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new OutboxRow(
                rs.getLong("id"),
                rs.getString("team_id"),
                Optional.ofNullable(rs.getObject("project_id", UUID.class)),
                rs.getString("lane"),
                OutboxKind.valueOf(rs.getString("kind")),
                rs.getString("channel_id"),
                optional(rs, "user_id"),
                rs.getString("text"),
                optional(rs, "blocks"),
                rs.getInt("attempts"),
                rs.getBoolean("uncertain"),
                instant(rs, "created_at"),
                optional(rs, "card_ts"),
                optional(rs, "response_url"),
                optional(rs, "question_ts"),
                optional(rs, "summary_key"));
    }
}
