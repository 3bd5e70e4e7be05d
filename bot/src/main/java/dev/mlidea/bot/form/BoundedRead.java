package dev.mlidea.bot.form;

import dev.mlidea.storage.Storage;
import dev.mlidea.storage.UnitOfWork;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read made inside a Slack request that must open a modal: Slack's {@code trigger_id} lives 3
 * seconds, so the read gets {@link #WITHIN} and the modal opens without it (saying so) when the
 * database is slow, rather than not at all.
 */
public final class BoundedRead implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BoundedRead.class);
    /** Leaves most of the trigger's 3 seconds for views.open. */
    public static final Duration WITHIN = Duration.ofMillis(1200);

    private final Storage storage;
    private final ExecutorService reads;

    public BoundedRead(Storage storage, String name) {
        this.storage = storage;
        this.reads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "mlidea-" + name + "-read");
            t.setDaemon(true);
            return t;
        });
    }

    /** What {@code read} found, or empty when it found nothing, failed or took longer than {@link #WITHIN}. */
    public <T> Optional<T> read(String teamId, Function<UnitOfWork, Optional<T>> read) {
        var future = CompletableFuture.supplyAsync(() -> storage.inTransaction(read::apply), reads);
        try {
            return future.get(WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            future.cancel(true);
            log.warn(
                    "read for a modal of team={} gave up: {}",
                    teamId,
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        reads.shutdownNow();
    }
}
