package dev.mlidea.storage;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.mapper.reflect.ColumnName;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * A workspace's portfolio read whole: one query per table for all its projects, so a summary costs the
 * same few queries whether the workspace has five projects or five hundred.
 */
interface PortfolioDao {

    /** The newest assessment's placement of each assessed project. */
    record Placement(
            @ColumnName("project_id") UUID projectId, BigDecimal impact, BigDecimal feasibility, String archetype) {}

    /** A stage move with the project it belongs to. */
    record Move(UUID projectId, dev.mlidea.conversations.rituals.StageMove move) {}

    @SqlQuery("""
            SELECT DISTINCT ON (project_id) project_id, impact, feasibility, archetype FROM assessments
            WHERE team_id = :team ORDER BY project_id, version DESC
            """)
    @RegisterConstructorMapper(Placement.class)
    List<Placement> placements(String team);

    @SqlQuery("SELECT * FROM project_rituals WHERE team_id = :team")
    List<RitualRecord> rituals(String team);

    @SqlQuery("""
            SELECT project_id, from_stage, to_stage, iteration, moved_by, moved_at FROM stage_moves
            WHERE team_id = :team ORDER BY id
            """)
    @RegisterRowMapper(MoveMapper.class)
    List<Move> moves(String team);

    @SqlQuery("SELECT * FROM validations WHERE team_id = :team ORDER BY id")
    List<ValidationRecord> validations(String team);

    final class MoveMapper implements org.jdbi.v3.core.mapper.RowMapper<Move> {
        @Override
        public Move map(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
                throws java.sql.SQLException {
            return new Move(rs.getObject("project_id", UUID.class), RitualMappers.stageMove(rs));
        }
    }
}
