package dev.mlidea.bot.work;

import dev.mlidea.storage.Storage;
import java.time.Duration;

/**
 * Keeps the queues short: handled requests only as long as a Slack retry could still arrive (retries
 * come within minutes), sent messages for a week of audits, summaries someone asked for a day (their
 * picture has long gone out); deleted in small batches so no delete holds locks or bloats a
 * transaction.
 */
public final class Retention {
    static final Duration KEEP_HANDLED_REQUESTS = Duration.ofHours(1);
    static final Duration KEEP_SENT_MESSAGES = Duration.ofDays(7);
    static final int BATCH = 1_000;

    private final Storage storage;

    public Retention(Storage storage) {
        this.storage = storage;
    }

    /** Deletes one batch of each; returns how many rows went (0 when there is nothing left to do). */
    public int purge() {
        return storage.inTransaction(uow -> uow.inbox().purgeHandled(uow.now().minus(KEEP_HANDLED_REQUESTS), BATCH)
                + uow.outbox().purgeDone(uow.now().minus(KEEP_SENT_MESSAGES), BATCH)
                + uow.summaries().forgetAsked());
    }
}
