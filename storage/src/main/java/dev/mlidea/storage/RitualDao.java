package dev.mlidea.storage;

import dev.mlidea.conversations.rituals.StageMove;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The ritual tables: project_rituals (current state), stage_moves, validations and nudges (history,
 * only ever appended) and user_zones (a cache). Every statement names its team; a history row for a
 * project that is not the team's is refused by the foreign key on (team_id, project_id).
 */
interface RitualDao {
    /** Inserts the row unless the project already has one; the number of rows inserted (0 or 1). */
    @SqlUpdate("""
            INSERT INTO project_rituals (team_id, project_id, stage, stage_since, iteration, last_progress_at,
                                         last_nudge_at, ignored_nudges, snoozed_until, stalled_at, steps_done,
                                         criteria, criteria_changed_at, stakeholders, agreed_by,
                                         last_validation_at, cadence, reval_reminded_at, reval_owner_dm_at,
                                         reval_overdue_at, owner_zone)
            VALUES (:team, :project, :stage, :stageSince, :iteration, :lastProgress,
                    :lastNudge, :ignoredNudges, :snoozedUntil, :stalledAt, :stepsDone,
                    :criteria, :criteriaChangedAt, :stakeholders, :agreedBy,
                    :lastValidation, :cadence, :remindedAt, :ownerDmAt,
                    :overdueAt, :ownerZone)
            ON CONFLICT (team_id, project_id) DO NOTHING
            """)
    int insertIfAbsent(
            String team,
            UUID project,
            String stage,
            Instant stageSince,
            int iteration,
            Instant lastProgress,
            Instant lastNudge,
            int ignoredNudges,
            Instant snoozedUntil,
            Instant stalledAt,
            String[] stepsDone,
            String criteria,
            Instant criteriaChangedAt,
            String[] stakeholders,
            String[] agreedBy,
            Instant lastValidation,
            String cadence,
            Instant remindedAt,
            Instant ownerDmAt,
            Instant overdueAt,
            String ownerZone);

    @SqlUpdate("""
            UPDATE project_rituals
            SET stage = :stage, stage_since = :stageSince, iteration = :iteration, last_progress_at = :lastProgress,
                last_nudge_at = :lastNudge, ignored_nudges = :ignoredNudges, snoozed_until = :snoozedUntil,
                stalled_at = :stalledAt, steps_done = :stepsDone, criteria = :criteria,
                criteria_changed_at = :criteriaChangedAt, stakeholders = :stakeholders, agreed_by = :agreedBy,
                last_validation_at = :lastValidation, cadence = :cadence, reval_reminded_at = :remindedAt,
                reval_owner_dm_at = :ownerDmAt, reval_overdue_at = :overdueAt, owner_zone = :ownerZone
            WHERE team_id = :team AND project_id = :project
            """)
    int update(
            String team,
            UUID project,
            String stage,
            Instant stageSince,
            int iteration,
            Instant lastProgress,
            Instant lastNudge,
            int ignoredNudges,
            Instant snoozedUntil,
            Instant stalledAt,
            String[] stepsDone,
            String criteria,
            Instant criteriaChangedAt,
            String[] stakeholders,
            String[] agreedBy,
            Instant lastValidation,
            String cadence,
            Instant remindedAt,
            Instant ownerDmAt,
            Instant overdueAt,
            String ownerZone);

    @SqlQuery("SELECT * FROM project_rituals WHERE team_id = :team AND project_id = :project FOR UPDATE")
    Optional<RitualRecord> lock(String team, UUID project);

    @SqlQuery("SELECT * FROM project_rituals WHERE team_id = :team AND project_id = :project")
    Optional<RitualRecord> find(String team, UUID project);

    @SqlUpdate("UPDATE project_rituals SET next_due_at = :at WHERE team_id = :team AND project_id = :project")
    int setNextDue(String team, UUID project, Instant at);

    @SqlQuery("SELECT next_due_at FROM project_rituals WHERE team_id = :team AND project_id = :project")
    Optional<Instant> nextDue(String team, UUID project);

    /** Due rows nobody else is handling now, soonest first; the locks last as long as the transaction. */
    @SqlQuery("""
            SELECT team_id, project_id FROM project_rituals
            WHERE next_due_at <= :now ORDER BY next_due_at LIMIT :limit
            FOR UPDATE SKIP LOCKED
            """)
    List<DueRitual> lockDue(Instant now, int limit);

    /** The row, locked, if it is still due and nobody else holds it; else nothing (and no waiting). */
    @SqlQuery("""
            SELECT * FROM project_rituals
            WHERE team_id = :team AND project_id = :project AND next_due_at <= :now
            FOR UPDATE SKIP LOCKED
            """)
    Optional<RitualRecord> lockIfDue(String team, UUID project, Instant now);

    @SqlUpdate("""
            INSERT INTO stage_moves (team_id, project_id, from_stage, to_stage, iteration, moved_by, moved_at)
            VALUES (:team, :project, :from, :to, :iteration, :by, :at)
            """)
    void insertStageMove(String team, UUID project, String from, String to, int iteration, String by, Instant at);

    /** In the order they were recorded. */
    @SqlQuery("""
            SELECT from_stage, to_stage, iteration, moved_by, moved_at FROM stage_moves
            WHERE team_id = :team AND project_id = :project ORDER BY id
            """)
    List<StageMove> stageMoves(String team, UUID project);

    @SqlUpdate("""
            INSERT INTO validations (team_id, project_id, validated_by, validated_at, outcome, old_criteria,
                                     new_criteria, metric_text, metric_number, reason, agreed_by)
            VALUES (:team, :project, :by, :at, :outcome, :oldCriteria,
                    :newCriteria, :metricText, :metricNumber, :reason, :agreedBy)
            """)
    void insertValidation(
            String team,
            UUID project,
            String by,
            Instant at,
            String outcome,
            String oldCriteria,
            String newCriteria,
            String metricText,
            BigDecimal metricNumber,
            String reason,
            String[] agreedBy);

    /** In the order they were recorded. */
    @SqlQuery("SELECT * FROM validations WHERE team_id = :team AND project_id = :project ORDER BY id")
    List<ValidationRecord> validations(String team, UUID project);

    @SqlUpdate("""
            INSERT INTO nudges (team_id, project_id, sent_at, step_id, number)
            VALUES (:team, :project, :at, :step, :number)
            """)
    void insertNudge(String team, UUID project, Instant at, String step, int number);

    /** In the order they were recorded. */
    @SqlQuery("""
            SELECT sent_at, step_id, number FROM nudges
            WHERE team_id = :team AND project_id = :project ORDER BY id
            """)
    List<NudgeRecord> nudges(String team, UUID project);

    /** 1 when this stakeholder had not been asked about this wording yet, 0 when they had. */
    @SqlUpdate("""
            INSERT INTO sign_off_requests (team_id, project_id, stakeholder, criteria, asked_by, asked_at)
            SELECT :team, :project, :stakeholder, :criteria, :by, :at
            WHERE EXISTS (SELECT 1 FROM projects WHERE team_id = :team AND id = :project)
            ON CONFLICT (team_id, project_id, stakeholder, md5(criteria)) DO NOTHING
            """)
    int insertSignOffRequest(String team, UUID project, String stakeholder, String criteria, String by, Instant at);

    @SqlQuery("""
            SELECT stakeholder FROM sign_off_requests
            WHERE team_id = :team AND project_id = :project AND md5(criteria) = md5(:criteria)
            ORDER BY id
            """)
    List<String> askedAbout(String team, UUID project, String criteria);

    /** Every project of the team with ritual work ahead becomes due now, to be rescheduled by new rules. */
    @SqlUpdate("UPDATE project_rituals SET next_due_at = :now WHERE team_id = :team AND next_due_at > :now")
    int rescheduleAll(String team, Instant now);

    @SqlQuery("SELECT user_id, tz, fetched_at FROM user_zones WHERE team_id = :team AND user_id = :user")
    Optional<UserZone> zone(String team, String user);

    @SqlUpdate("""
            INSERT INTO user_zones (team_id, user_id, tz, fetched_at) VALUES (:team, :user, :tz, :fetchedAt)
            ON CONFLICT (team_id, user_id) DO UPDATE SET tz = EXCLUDED.tz, fetched_at = EXCLUDED.fetched_at
            """)
    void saveZone(String team, String user, String tz, Instant fetchedAt);

    @SqlUpdate("DELETE FROM user_zones WHERE team_id = :team AND user_id = :user")
    void forgetZone(String team, String user);
}
