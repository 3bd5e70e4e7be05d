package dev.mlidea.bot.portfolio;

import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.conversations.portfolio.IsoWeek;
import dev.mlidea.conversations.portfolio.PortfolioProject;
import dev.mlidea.conversations.rituals.Revalidation;
import dev.mlidea.storage.OutboxMessage;
import dev.mlidea.storage.RitualRecord;
import dev.mlidea.storage.Storage;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /mlidea portfolio} and {@code /mlidea list}: read-only answers for one person, composed off
 * the request thread (a slash command must be acked in 3 seconds; the picture alone takes a moment) and
 * sent through the outbox: the summary or the list through the command's response_url, privately, the
 * matrix picture into the asker's direct messages (Slack shows no files in a private reply). Nothing is
 * changed, so a request lost with a crash costs only asking again.
 */
public final class PortfolioRequests implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PortfolioRequests.class);

    private final Storage storage;
    private final SummaryComposer composer;
    private final ZoneId defaultZone;
    private final Runnable wakeOutbox;
    /** A few at a time, a short queue: a burst gets "busy, try again" rather than a pile of work. */
    private final ThreadPoolExecutor pool =
            new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(32), r -> {
                Thread t = new Thread(r, "mlidea-portfolio");
                t.setDaemon(true);
                return t;
            });

    public PortfolioRequests(Storage storage, SummaryComposer composer, ZoneId defaultZone, Runnable wakeOutbox) {
        this.storage = storage;
        this.composer = composer;
        this.defaultZone = defaultZone;
        this.wakeOutbox = wakeOutbox;
    }

    /** Starts composing the portfolio for {@code userId}; returns what the command's ack says meanwhile. */
    public String portfolio(String teamId, String channelId, String userId, String responseUrl) {
        return submit(() -> sendPortfolio(teamId, channelId, userId, responseUrl), teamId, channelId, responseUrl)
                ? "Putting the portfolio together: it shows here in a moment, only to you, and the impact ×"
                        + " feasibility picture arrives in your direct messages with mlidea."
                : busy();
    }

    /** Starts listing; {@code replace} when a page button asked (the list is replaced in place). */
    public String list(
            String teamId,
            String channelId,
            String userId,
            ProjectListMessages.Scope scope,
            int page,
            String responseUrl,
            boolean replace) {
        return submit(
                        () -> sendList(teamId, channelId, userId, scope, page, responseUrl, replace),
                        teamId,
                        channelId,
                        responseUrl)
                ? ""
                : busy();
    }

    /** Runs {@code work} off the request thread; if it fails, the one who asked is told so, privately. */
    private boolean submit(Runnable work, String teamId, String channelId, String responseUrl) {
        try {
            pool.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) { // NOPMD: one request's failure is that request's
                    log.error(
                            "portfolio request of team={} failed with {}",
                            teamId,
                            e.getClass().getName());
                    tellFailed(teamId, channelId, responseUrl);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    private void tellFailed(String teamId, String channelId, String responseUrl) {
        try {
            storage.useTransaction(uow -> uow.outbox()
                    .send(OutboxMessage.respond(
                            teamId,
                            channelId,
                            responseUrl,
                            "I couldn't put that together just now. Nothing changed: ask again in a minute.",
                            null)));
            wakeOutbox.run();
        } catch (RuntimeException e) {
            // The database is what failed: nothing more can be said from here.
            log.warn(
                    "could not tell team={} that a portfolio request failed: {}",
                    teamId,
                    e.getClass().getName());
        }
    }

    private static String busy() {
        return "I'm busy putting other answers together: ask again in a minute. Nothing was lost.";
    }

    private void sendPortfolio(String teamId, String channelId, String userId, String responseUrl) {
        Instant now = storage.clock().instant();
        ZoneId zone = storage.inTransaction(
                uow -> uow.settings().get(teamId, defaultZone).zone());
        IsoWeek week = IsoWeek.of(now, zone);
        var composed = composer.compose(teamId, week, Optional.of(channelId));
        String key = "asked:" + userId + ":" + now.toEpochMilli();
        String title = "ML portfolio so far, " + SummaryComposer.headline(week);
        storage.useTransaction(uow -> {
            if (!uow.summaries().claimAsked(teamId, key, channelId, userId)) return;
            uow.summaries().savePicture(teamId, key, composed.picture());
            SlackMessage m = composed.message();
            uow.outbox().send(OutboxMessage.respond(teamId, channelId, responseUrl, m.text(), m.blocksJson()));
            uow.outbox().send(OutboxMessage.summaryPicture(teamId, channelId, key, title, Optional.of(userId)));
        });
        wakeOutbox.run();
    }

    private void sendList(
            String teamId,
            String channelId,
            String userId,
            ProjectListMessages.Scope scope,
            int page,
            String responseUrl,
            boolean replace) {
        SummaryComposer.Read read = composer.read(teamId);
        Map<UUID, Instant> due = storage.inTransaction(uow -> {
            var found = new HashMap<UUID, Instant>();
            for (PortfolioProject p : read.projects()) {
                uow.rituals()
                        .find(teamId, p.id())
                        .filter(r -> Revalidation.runsIn(r.stage()))
                        .map(RitualRecord::revalidation)
                        .ifPresent(r -> found.put(p.id(), r.dueAt()));
            }
            return found;
        });
        List<ProjectListMessages.Listed> listed = read.projects().stream()
                .filter(p -> scope == ProjectListMessages.Scope.MINE
                        ? p.owners().contains(userId)
                        : p.owners().contains(userId) || p.nameableIn(Optional.of(channelId)))
                .sorted(Comparator.comparing((PortfolioProject p) -> stageOrder(p))
                        .thenComparing(p -> p.title().toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(PortfolioProject::id))
                .map(p -> new ProjectListMessages.Listed(p, Optional.ofNullable(due.get(p.id()))))
                .toList();
        int from = Math.max(0, (page - 1) * ProjectListMessages.PAGE_SIZE);
        List<PortfolioProject> onPage = listed
                .subList(Math.min(from, listed.size()), Math.min(listed.size(), from + ProjectListMessages.PAGE_SIZE))
                .stream()
                .map(ProjectListMessages.Listed::project)
                .toList();
        // Links for the page's projects only; the asker's own private ones are named to them.
        Map<UUID, String> links = composer.withNewLinks(teamId, read, onPage, Optional.of(channelId));
        SlackMessage m = ProjectListMessages.page(listed, scope, page, links);
        storage.useTransaction(uow -> uow.outbox()
                .send(
                        replace
                                ? OutboxMessage.replaceOriginal(
                                        teamId, channelId, responseUrl, m.text(), m.blocksJson())
                                : OutboxMessage.respond(teamId, channelId, responseUrl, m.text(), m.blocksJson())));
        wakeOutbox.run();
        log.debug("list of team={} page={} for {} projects", teamId, page, listed.size());
    }

    /** Moving projects first, then planning, then paused and killed; projects still in intake last. */
    private static int stageOrder(PortfolioProject p) {
        if (!p.intakeComplete()) return 10;
        return switch (p.stage()) {
            case PRODUCTION -> 0;
            case DEPLOYING -> 1;
            case TRAINING -> 2;
            case DATA -> 3;
            case PLANNING -> 4;
            case PAUSED -> 5;
            case KILLED -> 6;
        };
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
