package dev.mlidea.bot.work;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one drain loop (the inbox worker, or the outbox dispatcher) on its own thread: at once when
 * woken, and on a periodic sweep that picks up rows a dead process left behind or that became due.
 * Wake-ups while a drain is queued collapse into that one drain.
 */
public final class BackgroundWork implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BackgroundWork.class);

    private final String name;
    private final IntSupplier drain;
    private final Runnable afterWork;
    private final ScheduledExecutorService executor;
    private final AtomicBoolean queued = new AtomicBoolean();

    public BackgroundWork(String name, IntSupplier drain, Runnable afterWork) {
        this.name = name;
        this.drain = drain;
        this.afterWork = afterWork;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mlidea-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    public void start(Duration sweepEvery) {
        executor.scheduleWithFixedDelay(this::runDrain, 0, sweepEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void wake() {
        if (executor.isShutdown()) return;
        if (queued.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    queued.set(false);
                    runDrain();
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                queued.set(false);
            }
        }
    }

    private void runDrain() {
        try {
            int done = drain.getAsInt();
            if (done > 0) afterWork.run();
        } catch (RuntimeException e) {
            // The database is down or similar: the sweep tries again; log the type only.
            log.warn("{} drain failed: {}", name, e.getClass().getName());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
