package dev.mlidea.bot.metrics;

import com.github.kagkarlsson.scheduler.stats.StatsRegistry;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Locale;

/**
 * db-scheduler's statistics hook: every run of a scheduled task (by task and result) and the
 * scheduler's own troubles (a dead execution revived, a failed heartbeat, an unexpected error).
 */
public final class SchedulerRuns implements StatsRegistry {
    private final MeterRegistry registry;

    /** {@code tasks}: their counters exist from the start, so a dashboard shows 0 failures rather than nothing. */
    public SchedulerRuns(MeterRegistry registry, List<String> tasks) {
        this.registry = registry;
        for (String task : tasks) {
            runs(task, "ok");
            runs(task, "failed");
        }
    }

    @Override
    public void registerSingleCompletedExecution(ExecutionComplete completed) {
        String task = completed.getExecution().taskInstance.getTaskName();
        String result = completed.getResult() == ExecutionComplete.Result.OK ? "ok" : "failed";
        runs(task, result).increment();
        Timer.builder("mlidea.scheduled.duration")
                .description("How long a scheduled task's run took")
                .tag("task", task)
                .register(registry)
                .record(completed.getDuration());
    }

    private Counter runs(String task, String result) {
        return Counter.builder("mlidea.scheduled.runs")
                .description("Runs of a scheduled task (db-scheduler) by result")
                .tag("task", task)
                .tag("result", result)
                .register(registry);
    }

    @Override
    public void register(SchedulerStatsEvent event) {
        switch (event) {
            case RAN_UPDATE_HEARTBEATS, RAN_DETECT_DEAD, RAN_EXECUTE_DUE -> {}
            default ->
                Counter.builder("mlidea.scheduler.problems")
                        .description("Scheduler troubles: dead executions, failed heartbeats, unexpected errors")
                        .tag("event", event.name().toLowerCase(Locale.ROOT))
                        .register(registry)
                        .increment();
        }
    }

    @Override
    public void register(CandidateStatsEvent event) {}

    @Override
    public void register(ExecutionStatsEvent event) {}
}
