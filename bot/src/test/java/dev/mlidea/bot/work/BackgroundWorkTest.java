package dev.mlidea.bot.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The loops behind the worker and the dispatcher: nothing may stop them silently. */
class BackgroundWorkTest {
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Test
    void a_stack_overflow_in_a_batch_is_counted_and_the_loop_goes_on() {
        var calls = new AtomicInteger();
        var work = new BackgroundWork(
                "test",
                1,
                () -> {
                    if (calls.incrementAndGet() == 1) throw new StackOverflowError();
                    return 0;
                },
                () -> {});
        try {
            work.start(Duration.ofMillis(20));

            // The loop is driven by its sweep alone: no wake() needed after the failure.
            await().atMost(PATIENCE).until(() -> calls.get() >= 3);
            var status = work.status();
            assertThat(status.running()).isTrue();
            assertThat(status.restarts()).isEqualTo(1);
            assertThat(status.lastFailure()).isEqualTo(StackOverflowError.class.getName());
        } finally {
            work.close();
        }
    }

    @Test
    void a_wake_runs_a_batch_before_the_sweep_period_ends() {
        var calls = new AtomicInteger();
        var work = new BackgroundWork(
                "test",
                1,
                () -> {
                    calls.incrementAndGet();
                    return 0;
                },
                () -> {});
        try {
            work.start(Duration.ofHours(1));
            await().atMost(PATIENCE).until(() -> calls.get() >= 1);

            work.wake();

            await().atMost(PATIENCE).until(() -> calls.get() >= 2);
        } finally {
            work.close();
        }
    }

    @Test
    void a_batch_that_found_work_is_followed_at_once_by_another_and_by_the_after_work() {
        var left = new AtomicInteger(5);
        var after = new AtomicInteger();
        var work = new BackgroundWork(
                "test", 1, () -> left.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 1 : 0, after::incrementAndGet);
        try {
            work.start(Duration.ofHours(1));
            await().atMost(PATIENCE).until(() -> left.get() == 0 && after.get() == 5);
        } finally {
            work.close();
        }
    }

    @Test
    void closing_lets_the_batch_in_flight_finish_instead_of_interrupting_it() throws Exception {
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var interrupted = new AtomicBoolean();
        var finished = new AtomicBoolean();
        var work = new BackgroundWork(
                "test",
                1,
                () -> {
                    started.countDown();
                    try {
                        // The batch in flight: it ends when the test lets it, after close() has begun.
                        finished.set(release.await(10, TimeUnit.SECONDS));
                    } catch (InterruptedException e) {
                        interrupted.set(true);
                    }
                    return 0;
                },
                () -> {});
        work.start(Duration.ofHours(1));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        var closing = java.util.concurrent.CompletableFuture.runAsync(() -> work.close(Duration.ofSeconds(10)));
        await().atMost(PATIENCE).until(() -> !work.status().running()); // close() has begun: it is stopping
        assertThat(closing).as("close waits for the batch in flight").isNotDone();
        release.countDown();
        closing.get(10, TimeUnit.SECONDS);

        assertThat(interrupted).isFalse();
        assertThat(finished).isTrue();
    }

    @Test
    void several_threads_run_batches_at_the_same_time() {
        var inFlight = new AtomicInteger();
        var most = new AtomicInteger();
        var gate = new CountDownLatch(1);
        var work = new BackgroundWork(
                "test",
                3,
                () -> {
                    most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    try {
                        gate.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    inFlight.decrementAndGet();
                    return 0;
                },
                () -> {});
        try {
            work.start(Duration.ofHours(1));
            await().atMost(PATIENCE).until(() -> most.get() == 3);
        } finally {
            gate.countDown();
            work.close();
        }
    }
}
