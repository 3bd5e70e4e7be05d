package dev.mlidea.bot.portfolio;

import dev.mlidea.conversations.portfolio.IsoWeek;
import dev.mlidea.conversations.settings.WorkspaceSettings;
import dev.mlidea.storage.OutboxMessage;
import dev.mlidea.storage.Storage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the scheduler's recurring "summaries" task runs: every workspace whose summary time has come this
 * ISO week (its settings' day and hour, in its zone) and whose week is not claimed yet gets its summary
 * composed, then claimed, saved and queued in one transaction. The claim (a row per workspace and week)
 * is what makes it one summary a week: a replica or a retried run that composed the same week finds it
 * claimed and drops its copy. Workspaces are composed in parallel, a few at a time.
 */
public final class WeeklySummarySweep implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WeeklySummarySweep.class);
    /**
     * Workspaces composed at once: one per core (the picture is CPU work, and the database shares the
     * cores; one more thread measured slower in SummaryBenchmark), at least two, never more than four.
     */
    static final int PARALLEL = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final Storage storage;
    private final SummaryComposer composer;
    private final ZoneId defaultZone;
    private final ExecutorService pool = Executors.newFixedThreadPool(PARALLEL, r -> {
        Thread t = new Thread(r, "mlidea-summary");
        t.setDaemon(true);
        return t;
    });

    public WeeklySummarySweep(Storage storage, SummaryComposer composer, ZoneId defaultZone) {
        this.storage = storage;
        this.composer = composer;
        this.defaultZone = defaultZone;
    }

    /** Queues every summary due now; returns how many. */
    public int run() {
        List<String> teams = storage.inTransaction(uow -> uow.settings().teams());
        List<Future<Boolean>> runs =
                teams.stream().map(team -> pool.submit(() -> handle(team))).toList();
        int queued = 0;
        for (int i = 0; i < runs.size(); i++) {
            try {
                if (runs.get(i).get()) queued++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException e) {
                // One workspace's failure is that workspace's: the next run tries it again.
                log.error(
                        "summary of team={} failed with {}",
                        teams.get(i),
                        e.getCause().getClass().getName());
            }
        }
        return queued;
    }

    /** The ISO week a summary posted at {@code due} reports: the one its eve falls in. */
    static IsoWeek reportedWeek(Instant due, ZoneId zone) {
        return IsoWeek.of(due.minus(Duration.ofDays(1)), zone);
    }

    boolean handle(String team) {
        Instant now = storage.clock().instant();
        WorkspaceSettings settings = storage.inTransaction(uow -> uow.settings().get(team, defaultZone));
        if (settings.summaryChannel().isEmpty()) return false;
        String channel = settings.summaryChannel().get();
        IsoWeek week = IsoWeek.of(now, settings.zone());
        Instant due = settings.nextSummaryAt(week.start());
        if (now.isBefore(due) || !week.contains(due)) return false;
        if (storage.inTransaction(uow -> uow.summaries().find(team, week.key())).isPresent()) return false;
        IsoWeek reported = reportedWeek(due, settings.zone());
        var composed = composer.compose(team, reported, Optional.of(channel));
        String title = "ML portfolio, " + SummaryComposer.headline(reported);
        boolean queued = storage.inTransaction(uow -> {
            if (!uow.summaries().claimWeekly(team, week.key(), channel)) return false;
            uow.summaries().savePicture(team, week.key(), composed.picture());
            uow.outbox()
                    .send(OutboxMessage.summary(
                            team,
                            channel,
                            week.key(),
                            composed.message().text(),
                            composed.message().blocksJson()));
            uow.outbox().send(OutboxMessage.summaryPicture(team, channel, week.key(), title, Optional.empty()));
            return true;
        });
        if (queued)
            log.info("weekly summary of team={} week={} queued ({} projects)", team, week.key(), composed.projects());
        return queued;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
