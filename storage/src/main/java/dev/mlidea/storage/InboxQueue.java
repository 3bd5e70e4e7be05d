package dev.mlidea.storage;

import java.time.Instant;
import java.util.Optional;

/**
 * Slack requests waiting to be handled. Requests of one conversation (same ordering key) are handled
 * one at a time and in the order they were stored, on every replica; conversations take turns.
 */
public final class InboxQueue {
    /** A request that fails this often is set aside, so one poisoned request cannot block its thread. */
    public static final int MAX_ATTEMPTS = 3;

    private final InboxDao dao;
    private final Instant now;

    InboxQueue(InboxDao dao, Instant now) {
        this.dao = dao;
        this.now = now;
    }

    /** Stores a request; false when one with the same dedup key was stored before (a retry). */
    public boolean enqueue(InboxItem item) {
        dao.waitBrieflyForLocks();
        dao.lockHead(item.teamId(), item.orderingKey(), now);
        Optional<Long> id =
                dao.insert(item.teamId(), item.dedupKey(), item.orderingKey(), item.kind(), item.payload(), now);
        if (id.isEmpty()) {
            dao.dropEmptyHead(item.teamId(), item.orderingKey());
            return false;
        }
        dao.pointHead(item.teamId(), item.orderingKey(), id.get());
        return true;
    }

    /**
     * Claims the next request of the conversation whose turn it is. Its head stays locked until this
     * transaction ends, so no other worker takes the conversation; if this process dies the lock goes
     * with its connection and the request is claimed again.
     */
    public Optional<Claimed> claimNext() {
        while (true) {
            Optional<InboxDao.Head> head = dao.claimHead(now);
            if (head.isEmpty()) return Optional.empty();
            InboxDao.Head h = head.get();
            Optional<InboxRow> row = dao.firstPending(h.teamId(), h.orderingKey(), h.nextId());
            if (row.isPresent()) return Optional.of(new Claimed(h.orderingKey(), row.get()));
            // A head with nothing behind it (rows purged or set aside elsewhere): it is done.
            dao.dropHead(h.teamId(), h.orderingKey());
        }
    }

    /** Marks the claimed request handled and passes the conversation's turn on. */
    public void finish(Claimed claimed, String outcome) {
        if (dao.finish(claimed.row().teamId(), claimed.row().id(), outcome, now) != 1) {
            // Someone else handled it (a replica of an older version claiming rows, not heads): this
            // transaction must not commit a second set of replies.
            throw new IllegalStateException("inbox row " + claimed.row().id() + " was handled elsewhere");
        }
        advance(claimed);
    }

    /**
     * The database failed, not the request (a lock or statement timeout, a deadlock, a lost
     * connection): try it again after {@code delay} without counting an attempt.
     */
    public void postpone(Claimed claimed, java.time.Duration delay) {
        InboxRow row = claimed.row();
        Instant at = now.plus(delay);
        dao.postpone(row.teamId(), row.id(), at);
        dao.advanceHead(row.teamId(), claimed.orderingKey(), row.id(), at);
    }

    /** Gives pending rows stored without a head (by a version before heads) their head; returns how many. */
    public int repairHeads() {
        return dao.repairHeads();
    }

    /**
     * Counts a failed attempt at the claimed request, in the claiming transaction (after rolling back
     * to a savepoint), so another replica cannot have finished it meanwhile. Returns true when the
     * request was set aside: the conversation goes on with its next request.
     */
    public boolean recordFailure(Claimed claimed) {
        InboxRow row = claimed.row();
        Optional<Boolean> recorded = dao.recordFailure(row.teamId(), row.id(), MAX_ATTEMPTS, now);
        if (recorded.isEmpty()) {
            // Handled meanwhile: nothing to count, nothing to set aside; the conversation goes on.
            advance(claimed);
            return false;
        }
        boolean setAside = recorded.get();
        if (setAside) {
            advance(claimed);
        } else {
            dao.advanceHead(row.teamId(), claimed.orderingKey(), row.id(), dao.notBefore(row.teamId(), row.id()));
        }
        return setAside;
    }

    /** Deletes up to {@code batch} requests handled before {@code before}; returns how many. */
    public int purgeHandled(Instant before, int batch) {
        return dao.purgeHandled(before, batch);
    }

    private void advance(Claimed claimed) {
        InboxRow row = claimed.row();
        Optional<InboxRow> next = dao.firstPending(row.teamId(), claimed.orderingKey(), row.id() + 1);
        if (next.isPresent()) {
            dao.advanceHead(
                    row.teamId(),
                    claimed.orderingKey(),
                    next.get().id(),
                    next.get().notBefore());
        } else {
            dao.dropHead(row.teamId(), claimed.orderingKey());
        }
    }

    /** A claimed request and the conversation it belongs to. */
    public record Claimed(String orderingKey, InboxRow row) {}
}
