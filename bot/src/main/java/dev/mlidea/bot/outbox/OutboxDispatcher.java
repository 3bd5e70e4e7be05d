package dev.mlidea.bot.outbox;

import dev.mlidea.storage.Delivery;
import dev.mlidea.storage.Failures;
import dev.mlidea.storage.OutboxKind;
import dev.mlidea.storage.OutboxRow;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.Storage;
import dev.mlidea.storage.UnitOfWork;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the bot owes. Each send is a short transaction that leases the row, the Web API call
 * with no transaction open, and a short transaction that records the outcome. A project's messages
 * go out in order; its direct messages in a lane per recipient, so one person's DM never holds the
 * thread. {@link OutboxSender} makes the calls. A 429 holds that method for the whole workspace until Retry-After; a 5xx, a
 * timeout or a network error backs off, and a post that may have landed is looked for (by its outbox
 * id in the message metadata) before it is posted again.
 */
public final class OutboxDispatcher {
    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    /** With backoff doubling from 2 s up to five minutes: about twenty minutes of Slack trouble. */
    static final int MAX_ATTEMPTS = 12;
    /** Rows per batch: small, so a shutdown never waits long for a loop. */
    static final int BATCH = 10;
    /** Lanes one lease transaction may pass over (rate-limited, superseded) before it commits. */
    static final int MAX_CLAIMS_PER_LEASE = 20;
    /** Recording how a call went is tried this often: Slack's answer must not be lost to a database blip. */
    static final int RECORD_TRIES = 3;

    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    /** Errors that mean "invite me first": nothing is dropped, the project's queue waits. */
    private static final Set<String> NOT_A_MEMBER = Set.of("not_in_channel", "channel_not_found");
    /** What an invite to the project's channel cannot fix: a DM, a response_url (it names its own place). */
    private static final Set<OutboxKind> NEVER_INVITED =
            Set.of(OutboxKind.RESPOND, OutboxKind.DIRECT_MESSAGE, OutboxKind.REPLACE_ORIGINAL);

    private final Storage storage;
    private final OutboxSender sender;
    private final DeliveryFollowUps followUps;

    public OutboxDispatcher(Storage storage, SlackGateway slack, DeliveryFollowUps followUps) {
        this.storage = storage;
        this.sender = new OutboxSender(
                slack,
                row -> storage.inTransaction(uow ->
                        uow.summaries().picture(row.teamId(), row.summaryKey().orElseThrow())));
        this.followUps = followUps;
    }

    /** Sends up to {@link #BATCH} rows; returns how many were handled. */
    public int drain() {
        int sent = 0;
        while (sent < BATCH && sendOne()) sent++;
        return sent;
    }

    boolean sendOne() {
        // One session for the lease and the outcome: if this process dies mid-call, the lease goes with
        // its connection and another dispatcher takes the lane over at once.
        return storage.inSession(this::leaseSendAndRecord);
    }

    private boolean leaseSendAndRecord() {
        Optional<OutboxRow> leased = storage.inTransaction(OutboxDispatcher::leaseNext);
        if (leased.isEmpty()) return false;
        OutboxRow row = leased.get();
        SlackResult result;
        try {
            result = sender.send(row);
        } catch (RuntimeException | StackOverflowError e) {
            // Not Slack's answer but ours: treat it like an unknown outcome, so it is retried and bounded.
            result = new SlackResult.Unavailable(e.getClass().getSimpleName());
        }
        SlackResult outcome = result;
        for (int tries = 1; ; tries++) {
            try {
                storage.useTransaction(uow -> {
                    if (uow.outbox().holds(row)) record(uow, row, outcome);
                    else
                        log.warn(
                                "outbox {} team={} lease ran out before the answer came; not recorded",
                                row.id(),
                                row.teamId());
                });
                return true;
            } catch (RuntimeException e) {
                if (tries >= RECORD_TRIES || !Failures.isTransient(e)) throw e;
                pause(Duration.ofMillis(500L * tries));
            }
        }
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Claims lanes until one has a row to send now; rows of rate-limited methods wait, stale updates go. */
    private static Optional<OutboxRow> leaseNext(UnitOfWork uow) {
        // Bounded: each lane passed over stays locked until this transaction ends.
        for (int claims = 0; claims < MAX_CLAIMS_PER_LEASE; claims++) {
            Optional<OutboxRow> claimed = uow.outbox().claimNext();
            if (claimed.isEmpty()) return Optional.empty();
            OutboxRow row = claimed.get();
            var limited = methods(row.kind()).stream()
                    .flatMap(m -> uow.outbox().rateLimitedUntil(row.teamId(), m).stream())
                    .max(Comparator.naturalOrder());
            if (limited.isPresent()) {
                uow.outbox().defer(row, limited.get());
            } else if (uow.outbox().isSuperseded(row)) {
                uow.outbox().markSuperseded(row);
            } else {
                uow.outbox().lease(row, OutboxSender.postsNew(row));
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    private void record(UnitOfWork uow, OutboxRow row, SlackResult result) {
        if (result instanceof SlackResult.Ok ok) {
            if (row.kind() == OutboxKind.POST_CARD && ok.ts().isPresent()) {
                uow.projects()
                        .cardPosted(
                                row.teamId(),
                                row.projectId().orElseThrow(),
                                ok.ts().get());
            }
            if (postsQuestion(row) && ok.ts().isPresent()) {
                uow.projects()
                        .questionPosted(
                                row.teamId(),
                                row.projectId().orElseThrow(),
                                ok.ts().get());
            }
            if (row.kind() == OutboxKind.POST_SUMMARY && ok.ts().isPresent()) {
                uow.summaries()
                        .posted(
                                row.teamId(),
                                row.summaryKey().orElseThrow(),
                                ok.ts().get());
            }
            uow.outbox().markSent(row, ok.ts());
        } else if (result instanceof SlackResult.Unsent unsent) {
            // Nothing was posted this time: the row stays exactly as uncertain as it was.
            if (unsent.cause() instanceof SlackResult.RateLimited limited) {
                rateLimited(uow, row, unsent.method(), limited);
            } else if (unsent.cause() instanceof SlackResult.Unavailable trouble) {
                retryOrGiveUp(uow, row, unsent.method() + ":" + trouble.reason(), row.uncertain());
            } else {
                giveUp(uow, row, "unexpected_answer");
            }
        } else if (result instanceof SlackResult.RateLimited limited) {
            rateLimited(uow, row, method(row.kind()), limited);
        } else if (result instanceof SlackResult.Unavailable unavailable) {
            retryOrGiveUp(uow, row, unavailable.reason(), true);
        } else if (result instanceof SlackResult.Failed failed) {
            // A DM between other people never gets the bot as a member: waiting for an invite would be for ever.
            boolean invitable = !row.channelId().startsWith("D") && !NEVER_INVITED.contains(row.kind());
            if (failed.error() != null
                    && NOT_A_MEMBER.contains(failed.error())
                    && invitable
                    && row.projectId().isPresent()) {
                awaitInvite(uow, row);
            } else {
                giveUp(uow, row, failed.error() == null ? "unknown_error" : failed.error());
            }
        } else {
            giveUp(uow, row, "unexpected_answer");
        }
    }

    /** A 429 on {@code method}: every row that needs it, in this workspace, waits until Retry-After. */
    private static void rateLimited(UnitOfWork uow, OutboxRow row, String method, SlackResult.RateLimited limited) {
        uow.outbox().rateLimited(row, method, uow.now().plus(limited.retryAfter()));
        log.warn(
                "outbox {} team={} {} rate limited; every {} of this workspace waits {}s",
                row.id(),
                row.teamId(),
                row.kind(),
                method,
                limited.retryAfter().toSeconds());
    }

    /** {@code mayHaveLanded}: the call may have reached Slack (a post is then looked for before it is sent again). */
    private void retryOrGiveUp(UnitOfWork uow, OutboxRow row, String reason, boolean mayHaveLanded) {
        if (row.attempts() + 1 >= MAX_ATTEMPTS) {
            giveUp(uow, row, reason);
            return;
        }
        Duration backoff = backoff(row.attempts());
        uow.outbox().retryLater(row, uow.now().plus(backoff), reason, mayHaveLanded);
        log.warn(
                "outbox {} team={} {} unavailable ({}); retry in {}s",
                row.id(),
                row.teamId(),
                row.kind(),
                reason,
                backoff.toSeconds());
    }

    /** 2 s, 4 s, 8 s … capped at five minutes: attempts 1 to 12 span about twenty minutes. */
    static Duration backoff(int attemptsSoFar) {
        Duration backoff = Duration.ofSeconds(1L << Math.min(attemptsSoFar + 1, 9));
        return backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
    }

    /** A post that becomes the intake's live question message. */
    private static boolean postsQuestion(OutboxRow row) {
        return row.kind() == OutboxKind.POST_QUESTION
                || (row.kind() == OutboxKind.UPDATE_QUESTION && row.questionTs().isEmpty());
    }

    /** Slack refused for good: recorded, and the feature that owns the message says what it must. */
    private void giveUp(UnitOfWork uow, OutboxRow row, String error) {
        if (!uow.outbox().markFailed(row, error)) return;
        if (row.kind() == OutboxKind.POST_QUESTION && row.projectId().isPresent()) {
            // The edits that follow must not land on the previous live message: they post a new one.
            uow.projects().questionLost(row.teamId(), row.projectId().get());
        }
        log.error("outbox {} team={} {} failed: {}", row.id(), row.teamId(), row.kind(), error);
        followUps.gaveUp(uow, row, error);
    }

    /** Holds the project's queue and has the proposer told how to invite the bot; the row stays pending. */
    private void awaitInvite(UnitOfWork uow, OutboxRow row) {
        ProjectRecord project =
                uow.projects().lock(row.teamId(), row.projectId().orElseThrow()).orElseThrow();
        if (!uow.outbox().holdForInvite(row)) return;
        if (project.delivery() == Delivery.AWAITING_INVITE) return; // still waiting: told once already
        uow.projects().setDelivery(row.teamId(), project.id(), Delivery.AWAITING_INVITE);
        log.info(
                "outbox {} team={} channel={} project={} waits for an invite",
                row.id(),
                row.teamId(),
                row.channelId(),
                project.id());
        followUps.inviteNeeded(uow, project);
    }

    /** The Web API method a row is sent with: Slack's rate limits are per method and workspace. */
    static String method(OutboxKind kind) {
        return switch (kind) {
            case POST_CARD, POST_IN_THREAD, POST_QUESTION -> "chat.postMessage";
            case UPDATE_CARD, UPDATE_QUESTION -> "chat.update";
            case EPHEMERAL_IN_THREAD -> "chat.postEphemeral";
            case RESPOND, REPLACE_ORIGINAL -> "response_url";
            case DIRECT_MESSAGE, POST_SUMMARY -> "chat.postMessage";
            case UPLOAD_SUMMARY_PICTURE -> OutboxSender.FILE_UPLOAD;
        };
    }

    /** Every method a row needs (a DM opens its conversation first): a 429 on any of them holds the row. */
    static List<String> methods(OutboxKind kind) {
        return kind == OutboxKind.DIRECT_MESSAGE || kind == OutboxKind.UPLOAD_SUMMARY_PICTURE
                ? List.of(OutboxSender.CONVERSATIONS_OPEN, method(kind))
                : List.of(method(kind));
    }
}
