package dev.mlidea.storage;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The outbox and its lanes (V3 migration): a project's messages form one lane and go out in order;
 * its direct messages form a lane per recipient; a message outside any project is a lane of its own. A lane being sent is leased (its head's
 * {@code not_before} moved past the call's timeout), so no lock is held while Slack answers.
 */
interface OutboxDao {
    record Head(String teamId, String lane, Long nextId) {}

    @SqlUpdate("""
            INSERT INTO outbox_heads (team_id, lane, next_id, not_before)
            VALUES (:team, :lane, NULL, :now)
            ON CONFLICT (team_id, lane) DO UPDATE SET lane = excluded.lane
            """)
    void lockHead(String team, String lane, Instant now);

    @SqlQuery("""
            INSERT INTO outbox (team_id, project_id, lane, kind, channel_id, user_id, response_url, text, blocks,
                                summary_key, created_at, not_before)
            VALUES (:team, :project, :lane, :kind, :channel, :user, :responseUrl, :text, :blocks, :summaryKey,
                    :now, :now)
            RETURNING id
            """)
    long insert(
            String team,
            UUID project,
            String lane,
            String kind,
            String channel,
            String user,
            String responseUrl,
            String text,
            String blocks,
            String summaryKey,
            Instant now);

    @SqlUpdate("UPDATE outbox_heads SET next_id = COALESCE(next_id, :id) WHERE team_id = :team AND lane = :lane")
    void pointHead(String team, String lane, long id);

    /**
     * The due lane whose turn is oldest, locked. A lane leased by a session that no longer exists (a
     * dispatcher killed mid-call) is due at once: its lease died with it.
     */
    @SqlQuery("""
            SELECT team_id, lane, next_id FROM outbox_heads h
            WHERE next_id IS NOT NULL
              AND (not_before <= :now
                   OR (leased_by IS NOT NULL
                       AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = h.leased_by)))
            ORDER BY turn
            LIMIT 1
            FOR UPDATE SKIP LOCKED
            """)
    Optional<Head> claimHead(Instant now);

    /** Leases a lane to this session until {@code until}. */
    @SqlUpdate("""
            UPDATE outbox_heads SET not_before = :until, leased_by = pg_backend_pid()
            WHERE team_id = :team AND lane = :lane
            """)
    void lease(String team, String lane, Instant until);

    /**
     * Locks a lane's head if it still points at {@code id} and no other session leased it since: the
     * outcome of a send is recorded only by the dispatcher that holds the lane.
     */
    @SqlQuery("""
            SELECT team_id, lane, next_id FROM outbox_heads
            WHERE team_id = :team AND lane = :lane AND next_id = :id
              AND (leased_by IS NULL OR leased_by = pg_backend_pid())
            FOR UPDATE
            """)
    Optional<Head> lockOwnHead(String team, String lane, long id);

    /** Whether this session still holds the lane at {@code id} (a read, no lock: a first check). */
    @SqlQuery("""
            SELECT EXISTS (SELECT 1 FROM outbox_heads
                           WHERE team_id = :team AND lane = :lane AND next_id = :id
                             AND (leased_by IS NULL OR leased_by = pg_backend_pid()))
            """)
    boolean holds(String team, String lane, long id);

    @SqlUpdate("""
            INSERT INTO outbox_heads (team_id, lane, next_id, not_before)
            SELECT team_id, lane, min(id), min(not_before) FROM outbox WHERE status = 'pending'
            GROUP BY team_id, lane
            ON CONFLICT (team_id, lane) DO NOTHING
            """)
    int repairHeads();

    @SqlQuery("""
            SELECT o.id, o.team_id, o.project_id, o.lane, o.kind, o.channel_id, o.user_id, o.text, o.blocks,
                   o.attempts, o.uncertain, o.created_at, p.card_ts, p.question_ts, o.summary_key,
                   COALESCE(o.response_url, p.response_url) AS response_url
            FROM outbox o
            LEFT JOIN projects p ON p.id = o.project_id AND p.team_id = o.team_id
            WHERE o.team_id = :team AND o.lane = :lane AND o.status = 'pending' AND o.id >= :from
            ORDER BY o.id
            LIMIT 1
            """)
    Optional<OutboxRow> firstPending(String team, String lane, long from);

    @SqlUpdate("DELETE FROM outbox_heads WHERE team_id = :team AND lane = :lane")
    void dropHead(String team, String lane);

    /** Points the head at {@code next}, due at {@code notBefore}; {@code requeue} sends it to the back. */
    @SqlUpdate("""
            UPDATE outbox_heads
            SET next_id = :next, not_before = :notBefore, leased_by = NULL,
                turn = CASE WHEN :requeue THEN nextval('queue_turns') ELSE turn END
            WHERE team_id = :team AND lane = :lane
            """)
    void moveHead(String team, String lane, long next, Instant notBefore, boolean requeue);

    /** Holds or releases the lane of a project (waiting for an invite, or invited). */
    @SqlUpdate("""
            UPDATE outbox_heads SET not_before = :notBefore, leased_by = NULL WHERE team_id = :team AND lane = :lane
            """)
    void holdLane(String team, String lane, Instant notBefore);

    @SqlUpdate("UPDATE outbox SET uncertain = :uncertain WHERE team_id = :team AND id = :id")
    void setUncertain(String team, long id, boolean uncertain);

    @SqlQuery("""
            SELECT EXISTS (SELECT 1 FROM outbox
                           WHERE team_id = :team AND lane = :lane AND kind = 'UPDATE_CARD'
                             AND status = 'pending' AND id > :id)
            """)
    boolean hasNewerCardUpdate(String team, String lane, long id);

    /** A newer update of the same question message: no new question message is posted in between. */
    @SqlQuery("""
            SELECT EXISTS (SELECT 1 FROM outbox newer
                           WHERE newer.team_id = :team AND newer.lane = :lane AND newer.kind = 'UPDATE_QUESTION'
                             AND newer.status = 'pending' AND newer.id > :id
                             AND NOT EXISTS (SELECT 1 FROM outbox post
                                             WHERE post.team_id = :team AND post.lane = :lane
                                               AND post.kind = 'POST_QUESTION' AND post.id > :id
                                               AND post.id < newer.id))
            """)
    boolean hasNewerQuestionUpdate(String team, String lane, long id);

    @SqlUpdate("""
            UPDATE outbox SET status = 'sent', sent_at = :now, sent_ts = :ts, attempts = attempts + 1,
                              uncertain = false
            WHERE team_id = :team AND id = :id
            """)
    void markSent(String team, long id, String ts, Instant now);

    @SqlUpdate("UPDATE outbox SET status = 'superseded', sent_at = :now WHERE team_id = :team AND id = :id")
    void markSuperseded(String team, long id, Instant now);

    @SqlUpdate("""
            UPDATE outbox SET not_before = :notBefore, attempts = attempts + :counted, last_error = :error
            WHERE team_id = :team AND id = :id
            """)
    void retryLater(String team, long id, Instant notBefore, int counted, String error);

    @SqlUpdate("""
            UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = :error, uncertain = false
            WHERE team_id = :team AND id = :id
            """)
    void markFailed(String team, long id, String error);

    @SqlQuery("SELECT not_before FROM slack_rate_limits WHERE team_id = :team AND method = :method")
    Optional<Instant> rateLimitedUntil(String team, String method);

    @SqlUpdate("""
            INSERT INTO slack_rate_limits (team_id, method, not_before) VALUES (:team, :method, :until)
            ON CONFLICT (team_id, method) DO UPDATE SET not_before = GREATEST(slack_rate_limits.not_before, :until)
            """)
    void rateLimit(String team, String method, Instant until);

    /** Maintenance for every workspace: rows sent or given up on before {@code before}, a batch at a time. */
    @SqlUpdate("""
            DELETE FROM outbox WHERE id IN (
                SELECT id FROM outbox WHERE status <> 'pending' AND created_at < :before
                ORDER BY created_at LIMIT :batch)
            """)
    int purgeDone(Instant before, int batch);
}
