package dev.mlidea.bot.inbox;

import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.intake.IntakeMessages;
import dev.mlidea.bot.requests.InboxKind;
import dev.mlidea.bot.requests.InboxPayload;
import dev.mlidea.storage.Attempt;
import dev.mlidea.storage.Failures;
import dev.mlidea.storage.InboxQueue;
import dev.mlidea.storage.InboxRow;
import dev.mlidea.storage.OutboxMessage;
import dev.mlidea.storage.Storage;
import dev.mlidea.storage.UnitOfWork;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles stored requests, each in one transaction: claim the row, load the project, let the domain
 * decide, save the new state with the messages it owes. The handling runs in a savepoint, so whatever
 * it throws (a stack overflow included) is rolled back and counted against that row in the same
 * transaction; after {@link InboxQueue#MAX_ATTEMPTS} the row is set aside and its sender told.
 */
public final class InboxWorker {
    private static final Logger log = LoggerFactory.getLogger(InboxWorker.class);
    /**
     * Rows per batch: one, so the dispatcher is woken as soon as each row's replies are committed (a
     * batch of twenty held a burst's first reply back until the twentieth was handled).
     */
    static final int BATCH = 1;
    /** A request the database failed on (not the request's fault) waits this long, uncounted. */
    static final Duration RETRY_AFTER_DATABASE_TROUBLE = Duration.ofSeconds(2);

    private final Storage storage;
    private final RequestHandler handler;
    private final AtomicLong failures = new AtomicLong();

    public InboxWorker(Storage storage, RequestHandler handler) {
        this.storage = storage;
        this.handler = handler;
    }

    /** Handles up to {@link #BATCH} rows; returns how many. */
    public int drain() {
        int handled = 0;
        while (handled < BATCH && handleOne()) handled++;
        return handled;
    }

    /** Requests whose handling failed (each attempt counts), since start. */
    public long failures() {
        return failures.get();
    }

    boolean handleOne() {
        return storage.inTransaction(uow -> {
            var claimed = uow.inbox().claimNext();
            if (claimed.isEmpty()) return false;
            InboxRow row = claimed.get().row();
            Attempt<String> attempt = uow.attempt(() -> handler.handle(uow, row));
            if (attempt instanceof Attempt.Done<String> done) {
                uow.inbox().finish(claimed.get(), done.value());
                log.info("inbox {} {} team={} -> {}", row.id(), row.kind(), row.teamId(), done.value());
                return true;
            }
            Throwable failure = ((Attempt.Failed<String>) attempt).failure();
            if (Failures.isTransient(failure)) {
                // The database had a bad moment (a timeout, a deadlock): not the request's fault, not counted.
                uow.inbox().postpone(claimed.get(), RETRY_AFTER_DATABASE_TROUBLE);
                log.warn(
                        "inbox {} {} team={} postponed: the database failed with {}",
                        row.id(),
                        row.kind(),
                        row.teamId(),
                        failure.getClass().getName());
                return true;
            }
            failures.incrementAndGet();
            boolean setAside = uow.inbox().recordFailure(claimed.get());
            // The type only: exception messages can quote user text (SQL parameters).
            log.error(
                    "inbox {} {} team={} failed with {}{}",
                    row.id(),
                    row.kind(),
                    row.teamId(),
                    failure.getClass().getName(),
                    setAside ? "; set aside after repeated failures" : "; will retry");
            if (setAside && uow.attempt(() -> apologise(uow, row)) instanceof Attempt.Failed<Boolean> f) {
                log.error(
                        "inbox {} team={} apology failed with {}",
                        row.id(),
                        row.teamId(),
                        f.failure().getClass().getName());
            }
            return true;
        });
    }

    /** A request we could not handle must not end in silence: its sender is told, privately, to resend. */
    private static boolean apologise(UnitOfWork uow, InboxRow row) {
        InboxPayload p = Inbox.payload(row.payload());
        SlackMessage m = IntakeMessages.couldNotProcess();
        if (p.responseUrl() != null) {
            uow.outbox()
                    .send(OutboxMessage.respond(
                            row.teamId(), p.channelId(), p.responseUrl(), m.text(), m.blocksJson()));
        } else if (p.threadTs() != null && p.userId() != null) {
            // Locked, as every writer of a project's lane does first: project, then lane, never the other way.
            uow.projects()
                    .lockByThread(row.teamId(), p.channelId(), p.threadTs())
                    .ifPresent(project ->
                            uow.outbox().send(OutboxMessage.ephemeral(project, p.userId(), m.text(), m.blocksJson())));
        } else if (InboxKind.SETTINGS.name().equals(row.kind()) && p.userId() != null) {
            // A settings save has neither thread nor response_url: the one who saved hears it directly.
            uow.outbox().send(OutboxMessage.dmTo(row.teamId(), p.userId(), m.text(), m.blocksJson()));
        }
        return true;
    }
}
