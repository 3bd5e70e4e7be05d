package dev.mlidea.storage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** A project's answers, one row per question, each owned by the project's own workspace. */
interface AnswerDao {
    /** One answer as stored: the project it belongs to, its question, and its (kind, value) columns. */
    record Row(UUID projectId, String questionKey, String kind, String value, String answeredBy) {}

    /** Inserts or changes answers; a row whose value did not change keeps who gave it and when. */
    @SqlBatch("""
            INSERT INTO answers (team_id, project_id, question_key, kind, value, answered_by, answered_at)
            SELECT :team, :project, :key, :kind, :value, :by, :now
            WHERE EXISTS (SELECT 1 FROM projects WHERE id = :project AND team_id = :team)
            ON CONFLICT (project_id, question_key) DO UPDATE
            SET kind = excluded.kind, value = excluded.value,
                answered_by = excluded.answered_by, answered_at = excluded.answered_at
            WHERE answers.team_id = excluded.team_id
              AND (answers.kind, answers.value) IS DISTINCT FROM (excluded.kind, excluded.value)
            """)
    void upsert(
            String team, UUID project, List<String> key, List<String> kind, List<String> value, String by, Instant now);

    /** The answers of several projects in one query, in the order they were given. */
    @SqlQuery("""
            SELECT project_id, question_key, kind, value, answered_by FROM answers
            WHERE team_id = :team AND project_id = ANY(:projects)
            ORDER BY answered_at, question_key
            """)
    List<Row> of(String team, UUID[] projects);
}
