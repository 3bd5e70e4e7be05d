package dev.mlidea.bot;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.util.http.SlackHttpClient;
import dev.mlidea.bot.assessment.AssessmentConversation;
import dev.mlidea.bot.config.Config;
import dev.mlidea.bot.criteria.CriteriaChecks;
import dev.mlidea.bot.form.CriteriaForms;
import dev.mlidea.bot.form.QuickForm;
import dev.mlidea.bot.form.SettingsForm;
import dev.mlidea.bot.http.GsonJsonMapper;
import dev.mlidea.bot.http.HealthRoutes;
import dev.mlidea.bot.inbox.Inbox;
import dev.mlidea.bot.inbox.InboxWorker;
import dev.mlidea.bot.inbox.Requests;
import dev.mlidea.bot.intake.DeliveryNotices;
import dev.mlidea.bot.intake.IntakeConversation;
import dev.mlidea.bot.intake.IntakeDeadlines;
import dev.mlidea.bot.metrics.BotMetrics;
import dev.mlidea.bot.metrics.MetricsRoute;
import dev.mlidea.bot.metrics.QueueGauges;
import dev.mlidea.bot.metrics.SchedulerRuns;
import dev.mlidea.bot.metrics.SlackApiCalls;
import dev.mlidea.bot.metrics.SlackRequests;
import dev.mlidea.bot.outbox.OutboxDispatcher;
import dev.mlidea.bot.outbox.SlackGateway;
import dev.mlidea.bot.portfolio.PortfolioRequests;
import dev.mlidea.bot.portfolio.SlackDirectoryClient;
import dev.mlidea.bot.portfolio.SummaryComposer;
import dev.mlidea.bot.portfolio.WeeklySummarySweep;
import dev.mlidea.bot.rituals.RitualActions;
import dev.mlidea.bot.rituals.RitualScheduler;
import dev.mlidea.bot.rituals.RitualStart;
import dev.mlidea.bot.rituals.RitualSweep;
import dev.mlidea.bot.rituals.SlackZoneLookup;
import dev.mlidea.bot.rituals.UserZones;
import dev.mlidea.bot.settings.SettingsWork;
import dev.mlidea.bot.slack.ListPageListener;
import dev.mlidea.bot.slack.RitualListeners;
import dev.mlidea.bot.slack.ScopeCheck;
import dev.mlidea.bot.slack.SlackEndpoint;
import dev.mlidea.bot.slack.SlackListeners;
import dev.mlidea.bot.slack.SlackSignature;
import dev.mlidea.bot.slack.SlackSurface;
import dev.mlidea.bot.stage.StageMoves;
import dev.mlidea.bot.work.BackgroundWork;
import dev.mlidea.bot.work.Retention;
import dev.mlidea.storage.Storage;
import io.javalin.Javalin;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: wires storage, the Slack app, the worker and the dispatcher through
 * constructors, and serves HTTP. Tests start it exactly as {@link Main} does, on a random port.
 */
public final class MlideaServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MlideaServer.class);
    static final Duration SWEEP_EVERY = Duration.ofSeconds(1);
    /** Reminders are due by the hour; a few seconds late is fine, and the query is one index scan. */
    static final Duration HOUSEKEEPING_EVERY = Duration.ofSeconds(2);
    /** Conversations handled at once; each still in order. The pool has room for these and requests. */
    static final int WORKERS = 4;
    /** Slack calls in flight at once. */
    static final int DISPATCHERS = 4;
    /**
     * Each of the three loops gets this long to finish its work in flight on shutdown, one after the
     * other: 24 s in all, after the scheduler's own wait; deploy/ sizes the grace periods from it.
     */
    public static final Duration DRAIN = Duration.ofSeconds(8);
    /** Web API calls give up well inside the outbox lease, so a leased row is never sent twice at once. */
    static final Duration SLACK_CALL_TIMEOUT = Duration.ofSeconds(15);

    private final Javalin http;
    private final BackgroundWork worker;
    private final BackgroundWork dispatcher;
    private final BackgroundWork housekeeping;
    private final IntakeDeadlines intakeDeadlines;
    private final Inbox inbox;
    /** Thread pools of the modals, the portfolio answers and the summaries: closed with the server. */
    private final List<AutoCloseable> modals;

    private final App app;
    private final RitualScheduler rituals;
    private final BotMetrics metrics;

    private MlideaServer(
            Javalin http,
            BackgroundWork worker,
            BackgroundWork dispatcher,
            BackgroundWork housekeeping,
            IntakeDeadlines intakeDeadlines,
            Inbox inbox,
            List<AutoCloseable> modals,
            App app,
            RitualScheduler rituals,
            BotMetrics metrics) {
        this.http = http;
        this.worker = worker;
        this.dispatcher = dispatcher;
        this.housekeeping = housekeeping;
        this.intakeDeadlines = intakeDeadlines;
        this.inbox = inbox;
        this.modals = modals;
        this.app = app;
        this.rituals = rituals;
        this.metrics = metrics;
    }

    /**
     * Asks the scheduler to look for due executions now rather than at its next poll: the rituals
     * sweep runs (on the scheduler's thread) if it is due on the bot's clock and no replica holds it.
     */
    public void checkRitualsNow() {
        rituals.checkNow();
    }

    /**
     * Runs the deadline sweep now, on the caller's thread (it also runs every few seconds on its own).
     * Safe at any time and on any replica; returns how many intakes got a message.
     */
    public int sweepDeadlinesNow() {
        return intakeDeadlines.sweep();
    }

    /**
     * Starts everything on {@code storage}, whose clock is the bot's time. Bolt's start calls
     * auth.test, so a bad token fails here, before any request is accepted.
     */
    public static MlideaServer start(Config config, Storage storage) {
        return start(config, storage, RitualScheduler.Timing.production());
    }

    /** As {@link #start(Config, Storage)}, with the scheduler's timing given (tests make it quick). */
    public static MlideaServer start(Config config, Storage storage, RitualScheduler.Timing timing) {
        var metrics = new BotMetrics();
        storage.recordPoolMetrics(metrics.registry());
        QueueGauges.register(metrics.registry(), storage);
        var slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(config.slackApiUrl());
        slackConfig.setStatsEnabled(false);
        slackConfig.setPrettyResponseLoggingEnabled(false);
        slackConfig.setHttpClientCallTimeoutMillis((int) SLACK_CALL_TIMEOUT.toMillis());
        slackConfig.setHttpClientReadTimeoutMillis((int) SLACK_CALL_TIMEOUT.toMillis());
        // OkHttp re-sends a request on its own when a pooled connection breaks, which for a post Slack
        // already took means a duplicate; the dispatcher retries instead, looking for the post first.
        var okHttp = SlackHttpClient.buildOkHttpClient(slackConfig)
                .newBuilder()
                .retryOnConnectionFailure(false)
                // Every Web API call, response URL and upload: counted, timed and logged in one place.
                .addInterceptor(new SlackApiCalls(metrics.registry(), config.slackApiUrl()))
                .build();
        Slack slack = Slack.getInstance(slackConfig, new SlackHttpClient(okHttp));

        var appConfig = AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(config.botToken())
                .signingSecret(config.signingSecret())
                // SlackEndpoint checks signatures first, stricter than Bolt (both directions in time).
                .requestVerificationEnabled(false)
                .sslCheckEnabled(false)
                .allEventsApiAutoAckEnabled(true)
                .subtypedMessageEventsAutoAckEnabled(true)
                .authTestCacheEnabled(true)
                .authTestCacheExpirationMillis(Duration.ofHours(1).toMillis())
                .build();
        var app = new App(appConfig);

        var outbox = new OutboxDispatcher(storage, new SlackGateway(slack, config.botToken()), new DeliveryNotices());
        var dispatcher = new BackgroundWork("outbox", DISPATCHERS, outbox::drain, () -> {});
        var ritualStart = new RitualStart(config.defaultZone());
        var assessment = new AssessmentConversation(ritualStart);
        var stages = new StageMoves(assessment, ritualStart);
        var settingsWork = new SettingsWork(config.defaultZone());
        var worker = new InboxWorker(
                storage,
                new Requests(
                        new IntakeConversation(UUID::randomUUID, assessment),
                        assessment,
                        stages,
                        new RitualActions(ritualStart, assessment, stages),
                        new CriteriaChecks(ritualStart, assessment, stages),
                        settingsWork));
        var work = new BackgroundWork("inbox", WORKERS, worker::drain, dispatcher::wake);
        var inbox = new Inbox(storage, work::wake);
        var intakeDeadlines = new IntakeDeadlines(storage, assessment);
        var retention = new Retention(storage);
        var housekeeping = new BackgroundWork(
                "housekeeping", 1, () -> intakeDeadlines.sweep() + retention.purge(), dispatcher::wake);
        var settings = new SettingsForm(storage, inbox, settingsWork);
        settings.register(app);
        var directory = new SlackDirectoryClient(slack, config.botToken());
        var composer = new SummaryComposer(storage, directory);
        var portfolio = new PortfolioRequests(storage, composer, config.defaultZone(), dispatcher::wake);
        var summaries = new WeeklySummarySweep(storage, composer, config.defaultZone());
        new SlackListeners(inbox, settings, portfolio).register(app);
        new ListPageListener(portfolio).register(app);
        new RitualListeners(inbox).register(app);
        var form = new QuickForm(storage, inbox);
        form.register(app);
        var criteriaForms = new CriteriaForms(storage, inbox);
        criteriaForms.register(app);
        app.start();
        ScopeCheck.warnAboutMissing(slack, config.botToken());

        var endpoint = new SlackEndpoint(
                app,
                new SlackSignature(config.signingSecret(), Clock.systemUTC()),
                new SlackRequests(metrics.registry()));
        var health = new HealthRoutes(storage, List.of(work, dispatcher, housekeeping));
        metrics.watch(List.of(work, dispatcher, housekeeping));
        var metricsRoute = new MetricsRoute(metrics, config.metricsToken());
        Javalin http = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.http.maxRequestSize = SlackEndpoint.MAX_BODY_BYTES;
            javalin.jsonMapper(new GsonJsonMapper());
            javalin.routes.post(SlackSurface.EVENTS_PATH, endpoint::handle);
            javalin.routes.get("/healthz", health::health);
            javalin.routes.get("/readyz", health::ready);
            javalin.routes.get("/metrics", metricsRoute::handle);
            javalin.routes.exception(Inbox.InboxUnavailable.class, (e, ctx) -> {
                // Nothing was acked: Slack sends events again, and the inbox's dedup makes that safe.
                log.warn("request to {} not stored: {}", ctx.path(), e.getMessage());
                ctx.status(503).header("Retry-After", "5").json(Map.of("error", "storage_unavailable"));
            });
            javalin.routes.exception(Exception.class, (e, ctx) -> {
                Throwable cause = e;
                while (cause.getCause() != null && !(cause instanceof Inbox.InboxUnavailable)) cause = cause.getCause();
                if (cause instanceof Inbox.InboxUnavailable) {
                    log.warn("request to {} not stored: {}", ctx.path(), cause.getMessage());
                    ctx.status(503).header("Retry-After", "5").json(Map.of("error", "storage_unavailable"));
                    return;
                }
                // Slack retries a 500, and the inbox makes that safe. The type only: messages can hold user text.
                log.error("request to {} failed: {}", ctx.path(), e.getClass().getName());
                ctx.status(500).json(Map.of("error", "internal_error"));
            });
        });
        http.start(config.port());
        work.start(SWEEP_EVERY);
        dispatcher.start(SWEEP_EVERY);
        housekeeping.start(HOUSEKEEPING_EVERY);
        var zones = new UserZones(storage, new SlackZoneLookup(slack, config.botToken()));
        var rituals = RitualScheduler.start(
                storage,
                new RitualSweep(storage, zones, ritualStart, assessment),
                summaries::run,
                dispatcher::wake,
                timing,
                new SchedulerRuns(metrics.registry(), List.of(RitualScheduler.TASK, RitualScheduler.SUMMARIES_TASK)));
        return new MlideaServer(
                http,
                work,
                dispatcher,
                housekeeping,
                intakeDeadlines,
                inbox,
                List.of(form, criteriaForms, settings),
                app,
                rituals,
                metrics);
    }

    public int port() {
        return http.port();
    }

    /**
     * Stops in order: no new requests, then the requests and rows in flight finish (up to
     * {@link #DRAIN}), then the dispatcher sends what it holds; the caller closes the database after.
     */
    @Override
    public void close() {
        http.stop();
        inbox.close();
        for (AutoCloseable modal : modals) {
            try {
                modal.close();
            } catch (Exception e) {
                log.warn(
                        "closing {} failed: {}",
                        modal.getClass().getSimpleName(),
                        e.getClass().getName());
            }
        }
        // Before the dispatcher: a sweep in flight owes nudges to the outbox, which the dispatcher then sends.
        rituals.close();
        housekeeping.close(DRAIN);
        worker.close(DRAIN);
        dispatcher.close(DRAIN);
        app.stop();
        metrics.close();
    }
}
