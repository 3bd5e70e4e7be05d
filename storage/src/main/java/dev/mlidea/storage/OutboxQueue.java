package dev.mlidea.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Every Web API call the bot owes, written in the same transaction as the state change that caused
 * it. Sending is two short transactions around the call: {@link #claimNext} and {@link #lease} before,
 * one of the outcome methods after; while Slack answers, the lane is leased, not locked. Run both on
 * one session ({@link Storage#inSession}): a lease lasts as long as that session, or {@link #LEASE}.
 */
public final class OutboxQueue {
    /**
     * Longer than a send may take: a lookup, a join and a post of 15 s each, plus database waits. A
     * lease also ends when its session does (a dispatcher that died).
     */
    public static final Duration LEASE = Duration.ofSeconds(120);
    /**
     * How long a lane waits for an invite before its post is tried again: the invite may have come
     * while the refusal was being recorded, and then no join event would ever release it.
     */
    public static final Duration HOLD_FOR_INVITE = Duration.ofMinutes(15);

    private final OutboxDao dao;
    private final Instant now;

    OutboxQueue(OutboxDao dao, Instant now) {
        this.dao = dao;
        this.now = now;
    }

    public void send(OutboxMessage message) {
        String lane = laneOf(message);
        dao.lockHead(message.teamId(), lane, now);
        long id = dao.insert(
                message.teamId(),
                message.projectId().orElse(null),
                lane,
                message.kind().name(),
                message.channelId(),
                message.userId().orElse(null),
                message.responseUrl().orElse(null),
                message.text(),
                message.blocks().orElse(null),
                message.summaryKey().orElse(null),
                now);
        dao.pointHead(message.teamId(), lane, id);
    }

    /** The next row of the lane whose turn it is; the lane stays locked until this transaction ends. */
    public Optional<OutboxRow> claimNext() {
        while (true) {
            Optional<OutboxDao.Head> head = dao.claimHead(now);
            if (head.isEmpty()) return Optional.empty();
            OutboxDao.Head h = head.get();
            Optional<OutboxRow> row = dao.firstPending(h.teamId(), h.lane(), h.nextId());
            if (row.isPresent()) return row;
            dao.dropHead(h.teamId(), h.lane());
        }
    }

    /** Until when Slack asked this workspace to stop calling {@code method}, if it did. */
    public Optional<Instant> rateLimitedUntil(String teamId, String method) {
        return dao.rateLimitedUntil(teamId, method).filter(now::isBefore);
    }

    /** Leaves a claimed row for later without counting an attempt (a rate limit is still running). */
    public void defer(OutboxRow row, Instant until) {
        dao.moveHead(row.teamId(), row.lane(), row.id(), until, false);
    }

    /** An update of the card or the question message that a newer pending update of it makes pointless. */
    public boolean isSuperseded(OutboxRow row) {
        return switch (row.kind()) {
            case UPDATE_CARD -> dao.hasNewerCardUpdate(row.teamId(), row.lane(), row.id());
            case UPDATE_QUESTION -> dao.hasNewerQuestionUpdate(row.teamId(), row.lane(), row.id());
            default -> false;
        };
    }

    public void markSuperseded(OutboxRow row) {
        dao.markSuperseded(row.teamId(), row.id(), now);
        advance(row);
    }

    /**
     * Takes the claimed row out for sending: nobody else sends its lane until the lease ends. A post is
     * marked uncertain for as long as its outcome is unknown, so a process that dies mid-call leaves a
     * row that is looked for in Slack before it is posted again.
     */
    public void lease(OutboxRow row, boolean mayDuplicate) {
        dao.lease(row.teamId(), row.lane(), now.plus(LEASE));
        if (mayDuplicate && !row.uncertain()) dao.setUncertain(row.teamId(), row.id(), true);
    }

    /**
     * Whether this dispatcher still holds the row's lane: only then may it record an outcome or act on
     * it (a lease that ran out may have gone to another dispatcher, which is sending the row now).
     */
    public boolean holds(OutboxRow row) {
        return dao.holds(row.teamId(), row.lane(), row.id());
    }

    public boolean markSent(OutboxRow row, Optional<String> ts) {
        if (!lockLane(row)) return false;
        dao.markSent(row.teamId(), row.id(), ts.orElse(null), now);
        advance(row);
        return true;
    }

    /** Slack refused for good: the row is recorded as failed and the lane goes on. */
    public boolean markFailed(OutboxRow row, String error) {
        if (!lockLane(row)) return false;
        dao.markFailed(row.teamId(), row.id(), error);
        advance(row);
        return true;
    }

    /**
     * Tries again at {@code notBefore}; {@code error} is Slack's error code or an exception class,
     * never text. {@code uncertain}: the call may have reached Slack.
     */
    public void retryLater(OutboxRow row, Instant notBefore, String error, boolean uncertain) {
        if (lockLane(row)) {
            dao.retryLater(row.teamId(), row.id(), notBefore, 1, error);
            dao.setUncertain(row.teamId(), row.id(), uncertain && row.kind().isPost());
            dao.moveHead(row.teamId(), row.lane(), row.id(), notBefore, true);
        }
    }

    /**
     * A 429: every call of {@code method} for this workspace waits until {@code until}, on every
     * replica; the row is not counted as failed (nothing failed).
     */
    public void rateLimited(OutboxRow row, String method, Instant until) {
        dao.rateLimit(row.teamId(), method, until);
        if (lockLane(row)) {
            dao.retryLater(row.teamId(), row.id(), until, 0, "ratelimited");
            // Refused, so not posted this time: as uncertain as it was before this try, no more.
            dao.setUncertain(row.teamId(), row.id(), row.uncertain());
            dao.moveHead(row.teamId(), row.lane(), row.id(), until, false);
        }
    }

    /**
     * Holds a project's lane until the bot is invited (or {@link #HOLD_FOR_INVITE} passes and the post
     * is tried again); nothing in it is dropped.
     */
    public boolean holdForInvite(OutboxRow row) {
        if (!lockLane(row)) return false;
        dao.setUncertain(row.teamId(), row.id(), row.uncertain());
        dao.moveHead(row.teamId(), row.lane(), row.id(), now.plus(HOLD_FOR_INVITE), true);
        return true;
    }

    /** The bot was invited: the project's held messages go out now, in order (its DMs never wait for it). */
    public void release(String teamId, UUID projectId) {
        dao.holdLane(teamId, laneOf(projectId), now);
    }

    /** Deletes up to {@code batch} rows sent or given up on before {@code before}; returns how many. */
    public int purgeDone(Instant before, int batch) {
        return dao.purgeDone(before, batch);
    }

    private boolean lockLane(OutboxRow row) {
        // Empty when our lease ran out and the lane went on without us: nothing of ours to record.
        return dao.lockOwnHead(row.teamId(), row.lane(), row.id()).isPresent();
    }

    /** Gives pending rows stored without a head (by a version before heads) their head; returns how many. */
    public int repairHeads() {
        return dao.repairHeads();
    }

    private void advance(OutboxRow row) {
        Optional<OutboxRow> next = dao.firstPending(row.teamId(), row.lane(), row.id() + 1);
        if (next.isPresent()) {
            dao.moveHead(row.teamId(), row.lane(), next.get().id(), now, true);
        } else {
            dao.dropHead(row.teamId(), row.lane());
        }
    }

    static String laneOf(UUID projectId) {
        return "project:" + projectId;
    }

    /**
     * A project's messages go in its lane, in order; a direct message goes in a lane of its recipient
     * and project, so a DM held on one person (a rate limit, retries) never holds the project's thread.
     * A direct message about no project goes in its recipient's lane, in order with the others of it. A
     * summary's message and picture share the summary's lane: the picture comes after the message.
     */
    static String laneOf(OutboxMessage message) {
        if (message.summaryKey().isPresent())
            return "summary:" + message.summaryKey().get();
        if (message.projectId().isEmpty()) {
            return message.kind() == OutboxKind.DIRECT_MESSAGE
                    ? "dm:" + message.userId().orElseThrow()
                    : "alone:" + UUID.randomUUID();
        }
        UUID projectId = message.projectId().get();
        if (message.kind() == OutboxKind.DIRECT_MESSAGE) {
            return "dm:" + projectId + ":" + message.userId().orElseThrow();
        }
        return laneOf(projectId);
    }
}
