package dev.mlidea.storage;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The inbox and its heads (V3 migration). A claim locks a head, so a conversation is handled by one
 * worker at a time on every replica, and finds the head's row through the pending index by id.
 */
interface InboxDao {
    /** A conversation with work pending. */
    record Head(String teamId, String orderingKey, Long nextId) {}

    /**
     * Locks the conversation's head, creating it if needed. Taken before the row is inserted, so rows
     * of one conversation commit in id order, and a worker that is finishing the conversation's last
     * row cannot drop the head under a row being stored (it holds the lock; this waits for it).
     */
    /** Storing a request must answer within Slack's 3 s: a conversation busy for longer gets a 503. */
    @SqlUpdate("SET LOCAL lock_timeout = '1500ms'")
    void waitBrieflyForLocks();

    @SqlUpdate("""
            INSERT INTO inbox_heads (team_id, ordering_key, next_id, not_before)
            VALUES (:team, :ordering, NULL, :now)
            ON CONFLICT (team_id, ordering_key) DO UPDATE SET ordering_key = excluded.ordering_key
            """)
    void lockHead(String team, String ordering, Instant now);

    @SqlQuery("""
            INSERT INTO inbox (team_id, dedup_key, ordering_key, kind, payload, received_at, not_before)
            VALUES (:team, :dedup, :ordering, :kind, :payload, :now, :now)
            ON CONFLICT (team_id, dedup_key) DO NOTHING
            RETURNING id
            """)
    Optional<Long> insert(String team, String dedup, String ordering, String kind, String payload, Instant now);

    /** Points a new head at its first row; a head with rows before it keeps pointing at the oldest. */
    @SqlUpdate("""
            UPDATE inbox_heads SET next_id = COALESCE(next_id, :id)
            WHERE team_id = :team AND ordering_key = :ordering
            """)
    void pointHead(String team, String ordering, long id);

    /** A head that got no row (the request was a retry of one already stored) is removed again. */
    @SqlUpdate("DELETE FROM inbox_heads WHERE team_id = :team AND ordering_key = :ordering AND next_id IS NULL")
    void dropEmptyHead(String team, String ordering);

    /**
     * The due conversation whose turn is oldest, locked; conversations another worker holds are
     * skipped. Scans heads only: one per waiting conversation, however deep each one's queue is.
     */
    @SqlQuery("""
            SELECT team_id, ordering_key, next_id FROM inbox_heads
            WHERE not_before <= :now AND next_id IS NOT NULL
            ORDER BY turn
            LIMIT 1
            FOR UPDATE SKIP LOCKED
            """)
    Optional<Head> claimHead(Instant now);

    /** The oldest unhandled row of a conversation at or after {@code from}: one index range scan. */
    @SqlQuery("""
            SELECT id, team_id, kind, payload, attempts, received_at, not_before FROM inbox
            WHERE team_id = :team AND ordering_key = :ordering AND processed_at IS NULL AND id >= :from
            ORDER BY id
            LIMIT 1
            """)
    Optional<InboxRow> firstPending(String team, String ordering, long from);

    @SqlUpdate("DELETE FROM inbox_heads WHERE team_id = :team AND ordering_key = :ordering")
    void dropHead(String team, String ordering);

    /** Points the head at its next row and sends the conversation to the back of the line. */
    @SqlUpdate("""
            UPDATE inbox_heads SET next_id = :next, not_before = :notBefore, turn = nextval('queue_turns')
            WHERE team_id = :team AND ordering_key = :ordering
            """)
    void advanceHead(String team, String ordering, long next, Instant notBefore);

    /** Handled: what was typed is not kept (the row stays only so a retried delivery is known). */
    @SqlUpdate("""
            UPDATE inbox SET processed_at = :now, outcome = :outcome, payload = ''
            WHERE team_id = :team AND id = :id AND processed_at IS NULL
            """)
    int finish(String team, long id, String outcome, Instant now);

    /** Counts a failed attempt; after {@code max} the row is set aside. Returns whether it was. */
    @SqlQuery("""
            UPDATE inbox
            SET attempts = attempts + 1,
                not_before = :now + make_interval(secs => power(attempts + 1, 2)),
                processed_at = CASE WHEN attempts + 1 >= :max THEN :now ELSE NULL END,
                outcome = CASE WHEN attempts + 1 >= :max THEN 'failed' ELSE NULL END,
                payload = CASE WHEN attempts + 1 >= :max THEN '' ELSE payload END
            WHERE team_id = :team AND id = :id AND processed_at IS NULL
            RETURNING processed_at IS NOT NULL
            """)
    Optional<Boolean> recordFailure(String team, long id, int max, Instant now);

    /** Tries the row again at {@code notBefore} without counting an attempt (the database failed, not the request). */
    @SqlUpdate("UPDATE inbox SET not_before = :notBefore WHERE team_id = :team AND id = :id AND processed_at IS NULL")
    void postpone(String team, long id, Instant notBefore);

    /** Heads for pending rows that have none (rows stored by a version before heads): run at start. */
    @SqlUpdate("""
            INSERT INTO inbox_heads (team_id, ordering_key, next_id, not_before)
            SELECT team_id, ordering_key, min(id), min(not_before) FROM inbox WHERE processed_at IS NULL
            GROUP BY team_id, ordering_key
            ON CONFLICT (team_id, ordering_key) DO NOTHING
            """)
    int repairHeads();

    @SqlQuery("SELECT not_before FROM inbox WHERE team_id = :team AND id = :id")
    Instant notBefore(String team, long id);

    /** Maintenance for every workspace: handled rows older than the dedup window, a batch at a time. */
    @SqlUpdate("""
            DELETE FROM inbox WHERE id IN (
                SELECT id FROM inbox WHERE processed_at IS NOT NULL AND processed_at < :before
                ORDER BY processed_at LIMIT :batch)
            """)
    int purgeHandled(Instant before, int batch);
}
