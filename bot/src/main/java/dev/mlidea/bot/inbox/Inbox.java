package dev.mlidea.bot.inbox;

import com.google.gson.Gson;
import dev.mlidea.bot.requests.InboxKind;
import dev.mlidea.bot.requests.InboxPayload;
import dev.mlidea.storage.InboxItem;
import dev.mlidea.storage.Storage;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where listeners put a request before they ack it. Storing first means that an answer Slack was told
 * we received is already in Postgres: a crash after the ack loses nothing.
 *
 * <p>Slack gives a request 3 seconds. If the database cannot store it within {@link #STORE_WITHIN}
 * (slow, stopped, unreachable), {@link InboxUnavailable} makes the request a fast 503, so Slack
 * retries the event later instead of hearing a late ack.
 */
public final class Inbox implements AutoCloseable {
    /** Leaves Slack's 3 s with room for the network and the response. */
    static final Duration STORE_WITHIN = Duration.ofMillis(2000);

    /** Slack's ids are short; a key of kilobytes is no request of Slack's (and no index takes it). */
    static final int MAX_KEY_LENGTH = 512;

    private static final Gson GSON = new Gson();

    private final Storage storage;
    private final Runnable wakeWorker;
    private final ThreadPoolExecutor storing;

    public Inbox(Storage storage, Runnable wakeWorker) {
        this.storage = storage;
        this.wakeWorker = wakeWorker;
        var threads = new AtomicInteger();
        this.storing = new ThreadPoolExecutor(8, 8, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(512), r -> {
            Thread t = new Thread(r, "mlidea-inbox-store-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.storing.allowCoreThreadTimeOut(true);
    }

    /**
     * Stores the request unless one with the same dedup key is stored already (a Slack retry), then
     * wakes the worker. Returns false for a duplicate; throws {@link InboxUnavailable} when it could not
     * be stored in time (then it may or may not be stored: a retry is deduplicated either way).
     */
    public boolean record(String teamId, String dedupKey, String orderingKey, InboxKind kind, InboxPayload payload) {
        if (!storable(teamId) || !storable(dedupKey) || !storable(orderingKey)) {
            throw new NotFromSlack();
        }
        var item = new InboxItem(teamId, dedupKey, orderingKey, kind.name(), GSON.toJson(payload));
        Future<Boolean> stored;
        try {
            stored = storing.submit(
                    () -> storage.inTransaction(uow -> uow.inbox().enqueue(item)));
        } catch (RejectedExecutionException e) {
            throw new InboxUnavailable("too many requests waiting for the database", e);
        }
        try {
            boolean fresh = stored.get(STORE_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            wakeWorker.run();
            return fresh;
        } catch (TimeoutException e) {
            stored.cancel(true);
            throw new InboxUnavailable("the database did not store the request in time", e);
        } catch (ExecutionException e) {
            throw new InboxUnavailable("the database refused the request", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InboxUnavailable("interrupted while storing the request", e);
        }
    }

    /** PostgreSQL text holds no NUL: a request naming one would fail to store on every retry. */
    private static boolean storable(String key) {
        return key != null && key.length() <= MAX_KEY_LENGTH && key.indexOf('\u0000') < 0;
    }

    static InboxPayload payload(String json) {
        return GSON.fromJson(json, InboxPayload.class);
    }

    @Override
    public void close() {
        storing.shutdown();
    }

    /**
     * The request names ids no Slack request has (a NUL, kilobytes): a 400, since sending it again
     * would fail the same way.
     */
    public static final class NotFromSlack extends RuntimeException {
        NotFromSlack() {
            super("the request's ids are not Slack's", null, false, false);
        }

        /** Whether {@code e} or one of its causes is this. */
        public static boolean in(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof NotFromSlack) return true;
            }
            return false;
        }
    }

    /** The request could not be stored: answer Slack with a 5xx so it is sent again. */
    public static final class InboxUnavailable extends RuntimeException {
        InboxUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
