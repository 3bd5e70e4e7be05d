package dev.mlidea.bot.work;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one kind of background work (the inbox worker, the outbox dispatcher, housekeeping) on a few
 * threads: each calls {@code batch} again at once while it finds work, and otherwise sleeps until
 * woken or until the sweep period ends (rows a dead process left behind, rows that became due).
 *
 * <p>Nothing may stop it silently: a failure escaping a batch, an {@link Error} included, is logged
 * and the loop goes on after a short pause; a thread that dies anyway is replaced. {@link #status()}
 * tells {@code /readyz} about restarts and loops that stopped beating.
 */
public final class BackgroundWork implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BackgroundWork.class);
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(1);
    /** A loop that has not finished a batch for this long is stuck (a batch is a few rows). */
    static final Duration STALLED_AFTER = Duration.ofMinutes(5);

    private final String name;
    private final IntSupplier batch;
    private final Runnable afterWork;
    private final int threads;
    private final Object signal = new Object();
    private final List<Thread> loops = new ArrayList<>();
    private final AtomicInteger restarts = new AtomicInteger();
    private final AtomicReference<String> lastFailure = new AtomicReference<>();
    private final AtomicReference<Instant> lastBeat = new AtomicReference<>(Instant.now());
    private volatile Duration every = Duration.ofSeconds(1);
    private volatile boolean stopping;
    private long wakes;

    /**
     * {@code batch} handles some work and returns how much; it is called again while it returns more
     * than zero. {@code afterWork} runs after a batch that did something (e.g. wakes the dispatcher).
     */
    public BackgroundWork(String name, int threads, IntSupplier batch, Runnable afterWork) {
        this.name = name;
        this.threads = threads;
        this.batch = batch;
        this.afterWork = afterWork;
    }

    public synchronized void start(Duration sweepEvery) {
        this.every = sweepEvery;
        for (int i = 0; i < threads; i++) startLoop(i);
    }

    private synchronized void startLoop(int index) {
        if (stopping) return;
        Thread thread = new Thread(this::loop, "mlidea-" + name + "-" + index);
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> {
            // Only reachable if the loop's own handling failed (e.g. logging itself threw).
            restarts.incrementAndGet();
            lastFailure.set(e.getClass().getName());
            log.error(
                    "{} loop died with {}; starting a new one",
                    name,
                    e.getClass().getName());
            replace(t, index);
        });
        if (index < loops.size()) loops.set(index, thread);
        else loops.add(thread);
        thread.start();
    }

    private synchronized void replace(Thread dead, int index) {
        if (loops.get(index) == dead) startLoop(index);
    }

    /** Asks the loops to look for work now. */
    public void wake() {
        synchronized (signal) {
            wakes++;
            signal.notifyAll();
        }
    }

    private void loop() {
        while (!stopping) {
            long seen;
            synchronized (signal) {
                seen = wakes;
            }
            try {
                int done = batch.getAsInt();
                lastBeat.set(Instant.now());
                if (done > 0) {
                    afterWork.run();
                    continue;
                }
            } catch (Throwable e) { // NOPMD: an Error must not end the loop silently (a stack overflow did once)
                restarts.incrementAndGet();
                lastFailure.set(e.getClass().getName());
                // The type only: messages can quote user text (SQL parameters).
                log.error(
                        "{} loop failed with {}; going on in {} ms",
                        name,
                        e.getClass().getName(),
                        PAUSE_AFTER_FAILURE.toMillis());
                sleep(PAUSE_AFTER_FAILURE);
                continue;
            }
            synchronized (signal) {
                if (wakes == seen && !stopping) {
                    try {
                        signal.wait(every.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    /** How the loops are doing, for {@code /readyz}. */
    public Status status() {
        Instant beat = lastBeat.get();
        boolean alive;
        synchronized (this) {
            alive = !loops.isEmpty() && loops.stream().allMatch(Thread::isAlive);
        }
        boolean stalled = Instant.now().isAfter(beat.plus(STALLED_AFTER));
        return new Status(name, alive && !stopping && !stalled, beat, restarts.get(), lastFailure.get());
    }

    /** Stops taking new work, lets every batch in flight finish (up to {@code grace}), then stops. */
    public void close(Duration grace) {
        List<Thread> running;
        synchronized (this) {
            stopping = true;
            running = List.copyOf(loops);
        }
        wake();
        long deadline = System.nanoTime() + grace.toNanos();
        for (Thread t : running) {
            try {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        running.stream().filter(Thread::isAlive).forEach(t -> {
            log.warn("{} loop still busy after {} s; interrupting it", name, grace.toSeconds());
            t.interrupt();
        });
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * {@code running}: every loop thread is alive and one finished a batch within {@link #STALLED_AFTER};
     * {@code restarts}: batches that failed and after which the loop went on.
     */
    public record Status(String name, boolean running, Instant lastBeat, int restarts, String lastFailure) {}
}
