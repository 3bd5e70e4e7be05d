package dev.mlidea.bot.rituals;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.stats.StatsRegistry;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.mlidea.storage.Storage;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * db-scheduler on the bot's database, with two recurring tasks: {@value #TASK}, which runs the
 * {@link RitualSweep}, and {@value #SUMMARIES_TASK}, which queues the weekly summaries that are due. db-scheduler claims the task's execution in the database, so one replica runs
 * it at a time; while it runs, that replica's heartbeats keep it; a replica killed mid-sweep stops
 * them, and another revives the execution and runs the sweep again, which per-project transactions
 * make safe. Its clock is the bot's, so tests that move the bot's clock move the scheduler's timers
 * too (see docs/decisions/0012, "Scheduling"). {@code stats} hears of every run and its result (/metrics).
 */
public final class RitualScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RitualScheduler.class);
    public static final String TASK = "rituals";
    /** The weekly summaries' task: on the same scheduler, so the same replica rules hold. */
    public static final String SUMMARIES_TASK = "summaries";

    /**
     * How often the sweep runs (on the bot's clock), how often the scheduler looks for due work and
     * beats its heart (real time), and how many missed beats make an execution dead.
     */
    public record Timing(
            Duration sweepEvery, Duration pollEvery, Duration heartbeat, int missedHeartbeats, Duration shutdownWait) {
        public Timing {
            Objects.requireNonNull(sweepEvery);
            Objects.requireNonNull(pollEvery);
            Objects.requireNonNull(heartbeat);
            Objects.requireNonNull(shutdownWait);
        }

        /** A sweep every 30 s; a replica that died mid-sweep is noticed within two minutes. */
        public static Timing production() {
            return new Timing(
                    Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(30), 4, Duration.ofSeconds(8));
        }

        /** For tests that move the clock and ask for the due check: dead within a second (db-scheduler wants 4+ beats). */
        public static Timing fast() {
            return new Timing(
                    Duration.ofSeconds(30), Duration.ofMillis(200), Duration.ofMillis(200), 4, Duration.ofSeconds(5));
        }
    }

    private final Scheduler scheduler;

    private RitualScheduler(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    public static RitualScheduler start(
            Storage storage,
            RitualSweep sweep,
            java.util.function.IntSupplier summaries,
            Runnable afterSweep,
            Timing timing,
            StatsRegistry stats) {
        RecurringTask<Void> rituals = Tasks.recurring(TASK, FixedDelay.of(timing.sweepEvery()))
                .execute((instance, context) -> {
                    int sent = sweep.run();
                    if (sent > 0) {
                        log.info("ritual sweep owed {} messages", sent);
                        afterSweep.run();
                    }
                });
        RecurringTask<Void> weekly = Tasks.recurring(SUMMARIES_TASK, FixedDelay.of(timing.sweepEvery()))
                .execute((instance, context) -> {
                    int queued = summaries.getAsInt();
                    if (queued > 0) {
                        log.info("summary sweep queued {} summaries", queued);
                        afterSweep.run();
                    }
                });
        java.time.Clock clock = storage.clock();
        Scheduler scheduler = Scheduler.create(storage.dataSource())
                .startTasks(rituals, weekly)
                .clock(clock::instant)
                .pollingInterval(timing.pollEvery())
                .heartbeatInterval(timing.heartbeat())
                .missedHeartbeatsLimit(timing.missedHeartbeats())
                .shutdownMaxWait(timing.shutdownWait())
                .threads(2)
                .statsRegistry(stats)
                .build();
        scheduler.start();
        return new RitualScheduler(scheduler);
    }

    /** Looks for due executions now instead of at the next poll; the sweep itself runs on the scheduler's thread. */
    public void checkNow() {
        scheduler.triggerCheckForDueExecutions();
    }

    /** Stops polling, lets a sweep in flight finish (up to the shutdown wait), then returns. */
    @Override
    public void close() {
        scheduler.stop();
    }
}
