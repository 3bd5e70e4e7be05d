package dev.mlidea.storage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Every version of every project's assessment; each read brings its inputs in the same query. */
interface AssessmentDao {
    /** The columns {@link StoredAssessmentMapper} reads, inputs as two arrays in key order. */
    String SELECT = """
            SELECT version, model_version, trigger, suggested_archetype, suggestion_confident,
                   confirmed_archetype, archetype, impact, feasibility, quadrant, red_flags,
                   next_steps, dont_build, created_by, created_at, acknowledged_by,
                   ARRAY(SELECT e.key FROM jsonb_each(inputs) e ORDER BY e.key) AS input_keys,
                   ARRAY(SELECT e.value ->> 'value' FROM jsonb_each(inputs) e ORDER BY e.key) AS input_values
            FROM assessments
            WHERE team_id = :team AND project_id = :project
            """;

    /** The next version, with a snapshot of the project's answers as its inputs; the version number. */
    @SqlQuery("""
            INSERT INTO assessments (team_id, project_id, version, model_version, trigger,
                                     suggested_archetype, suggestion_confident, confirmed_archetype,
                                     archetype, impact, feasibility, quadrant, red_flags, next_steps,
                                     dont_build, inputs, created_by, created_at)
            SELECT :team, :project,
                   COALESCE((SELECT max(version) FROM assessments
                             WHERE team_id = :team AND project_id = :project), 0) + 1,
                   :model, :trigger, :suggested, :confident, :confirmed, :archetype,
                   :impact, :feasibility, :quadrant, :flags, :steps, :dontBuild,
                   COALESCE((SELECT jsonb_object_agg(question_key, jsonb_build_object('kind', kind, 'value', value))
                             FROM answers WHERE team_id = :team AND project_id = :project), '{}'::jsonb),
                   :by, :now
            WHERE EXISTS (SELECT 1 FROM projects WHERE team_id = :team AND id = :project)
            RETURNING version
            """)
    int insert(
            String team,
            UUID project,
            String model,
            String trigger,
            String suggested,
            boolean confident,
            String confirmed,
            String archetype,
            BigDecimal impact,
            BigDecimal feasibility,
            String quadrant,
            String[] flags,
            String[] steps,
            boolean dontBuild,
            String by,
            Instant now);

    @SqlQuery(SELECT + "ORDER BY version DESC LIMIT 1")
    Optional<StoredAssessment> latest(String team, UUID project);

    @SqlQuery(SELECT + "ORDER BY version")
    List<StoredAssessment> all(String team, UUID project);

    @SqlUpdate("""
            UPDATE assessments
            SET acknowledged_by = :user, acknowledged_at = :now,
                confirmed_archetype = COALESCE(confirmed_archetype, archetype)
            WHERE team_id = :team AND project_id = :project AND version = :version
            """)
    void acknowledge(String team, UUID project, int version, String user, Instant now);
}
