package dev.mlidea.bot.testing;

import dev.mlidea.bot.MlideaServer;
import dev.mlidea.bot.config.Config;
import dev.mlidea.bot.rituals.RitualScheduler;
import dev.mlidea.storage.Storage;
import dev.mlidea.storage.StorageProbes;
import dev.mlidea.storage.UnitOfWork;
import dev.mlidea.storage.testing.TestDatabase;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The real bot on a random port, on a fresh embedded PostgreSQL database, talking to {@link FakeSlack}:
 * started exactly as Main starts it. {@link #restart()} stops it and starts a new one on the same data.
 */
public final class RunningBot implements AutoCloseable {
    private static final AtomicInteger CHANNELS = new AtomicInteger();

    public final FakeSlack slack = new FakeSlack();
    /** The bot's clock: tests move it to reach reminders and deadlines. Signatures use real time. */
    public final dev.mlidea.storage.testing.MutableClock clock =
            new dev.mlidea.storage.testing.MutableClock(java.time.Instant.now());

    public final SlackDriver driver;
    private final String jdbcUrl;
    private Storage storage;
    private MlideaServer server;
    private final java.util.List<Runnable> replicas = new java.util.ArrayList<>();
    private final java.util.List<MlideaServer> replicaServers = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Settings beyond the ones every test bot has (e.g. METRICS_TOKEN). */
    private Map<String, String> moreEnv = Map.of();

    public RunningBot() {
        this(true, Map.of());
    }

    /** A bot with these environment settings added to the usual ones. */
    public static RunningBot withEnv(Map<String, String> env) {
        return new RunningBot(true, env);
    }

    private RunningBot(boolean channelAsked, Map<String, String> env) {
        this(TestDatabase.freshDatabaseUrl(), channelAsked, env);
    }

    private RunningBot(String jdbcUrl, boolean channelAsked, Map<String, String> env) {
        this.jdbcUrl = jdbcUrl;
        moreEnv = Map.copyOf(env);
        start();
        if (channelAsked) askedForChannelAlready();
        driver = new SlackDriver(FakeSlack.TEAM, server.port());
    }

    /**
     * A bot in a workspace nobody has used it in: the first {@code /mlidea} asks for a summary channel.
     * Every other bot's workspace was asked already, so that one direct message is not in their way.
     */
    public static RunningBot newWorkspace() {
        return new RunningBot(false, Map.of());
    }

    /**
     * A bot on a database of the test's own (one it stops and starts again): the bot migrates it as
     * it would a fresh one.
     */
    public static RunningBot on(String jdbcUrl) {
        return new RunningBot(jdbcUrl, true, Map.of());
    }

    /**
     * A bot whose clock starts at {@code start}: the scheduler's timers are on the bot's clock, so a
     * test about a particular week (a daylight-saving switch) starts there rather than moving back.
     */
    public RunningBot(java.time.Instant start) {
        this.jdbcUrl = TestDatabase.freshDatabaseUrl();
        clock.set(start);
        start();
        askedForChannelAlready();
        driver = new SlackDriver(FakeSlack.TEAM, server.port());
    }

    /**
     * A second replica of the bot: its own process-like app (HTTP, loops, connection pool) on the same
     * database and the same fake Slack, as two pods behind one load balancer would be. Closed with this.
     */
    public SlackDriver replica() {
        Storage replicaStorage = Storage.open(jdbcUrl, clock);
        MlideaServer replica = MlideaServer.start(config(), replicaStorage, RitualScheduler.Timing.fast());
        replicaServers.add(replica);
        replicas.add(() -> {
            replicaServers.remove(replica);
            replica.close();
            replicaStorage.close();
        });
        return new SlackDriver(FakeSlack.TEAM, replica.port());
    }

    /** Marks the workspace's channel question asked, by someone outside the test. */
    private void askedForChannelAlready() {
        storage.useTransaction(uow -> uow.settings()
                .markChannelAsked(FakeSlack.TEAM, "U0INSTALL1", clock.instant(), java.time.ZoneOffset.UTC));
    }

    /** The bot's port, for a driver of another workspace. */
    public int port() {
        return server.port();
    }

    private Config config() {
        var env = new java.util.HashMap<>(moreEnv);
        env.putAll(Map.of(
                "PORT",
                "0",
                "SLACK_BOT_TOKEN",
                "xoxb-test-not-a-real-token-AbCdEfGhIjKlMnOpQr",
                "SLACK_SIGNING_SECRET",
                SlackDriver.SIGNING_SECRET,
                "SLACK_API_URL",
                slack.apiUrl()));
        return Config.fromEnv(env);
    }

    private void start() {
        storage = Storage.open(jdbcUrl, clock);
        server = MlideaServer.start(config(), storage, RitualScheduler.Timing.fast());
    }

    /** Stops the app (HTTP, worker, dispatcher, pool) and starts a new one on the same database. */
    public void restart() {
        server.close();
        storage.close();
        start();
        driver.pointAt(server.port());
    }

    public <T> T db(Function<UnitOfWork, T> query) {
        return storage.inTransaction(query);
    }

    public java.util.List<StorageProbes.StoredAnswer> storedAnswers(java.util.UUID projectId) {
        return probes().storedAnswers(FakeSlack.TEAM, projectId);
    }

    /** Looks into the tables the bot itself never reads that way. */
    public StorageProbes probes() {
        return new StorageProbes(storage);
    }

    public java.util.List<dev.mlidea.storage.ProjectRecord> projects() {
        return storage.inTransaction(uow -> uow.projects().all(FakeSlack.TEAM));
    }

    /**
     * Runs one SQL statement on the bot's database behind its back, for tests that damage a row on
     * purpose; returns the number of rows changed.
     */
    public int sql(String statement, Object... parameters) {
        return probes().jdbi().withHandle(h -> {
            var update = h.createUpdate(statement);
            for (int i = 0; i < parameters.length; i++) update.bind(i, parameters[i]);
            return update.execute();
        });
    }

    /** Runs the deadline sweep now and returns how many intakes got a message. */
    public int sweepDeadlines() {
        return server.sweepDeadlinesNow();
    }

    /**
     * Runs the deadline sweep on this bot and every replica at the same moment, as their housekeeping
     * loops may; returns how many intake messages they owed in all.
     */
    public int sweepDeadlinesOnEveryReplica() {
        var all = new java.util.ArrayList<MlideaServer>(replicaServers);
        all.add(server);
        var start = new java.util.concurrent.CountDownLatch(1);
        var sweeps = all.stream()
                .map(s -> java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return s.sweepDeadlinesNow();
                }))
                .toList();
        start.countDown();
        return sweeps.stream()
                .mapToInt(java.util.concurrent.CompletableFuture::join)
                .sum();
    }

    /**
     * Asks every replica's scheduler to look for due work now, waits until the rituals sweep due at
     * the bot's clock has run (on whichever replica took it) and everything it owed is sent.
     */
    public void runRituals() {
        checkScheduler();
        // The sweep has finished, so every message it owed is in the outbox already: look at once,
        // then often (a step that owed nothing costs one query, not a poll delay).
        org.awaitility.Awaitility.await()
                .atMost(Conversation.PATIENCE)
                .pollDelay(java.time.Duration.ZERO)
                .pollInterval(java.time.Duration.ofMillis(10))
                .until(() -> probes().pendingInboxCount() == 0 && probes().pendingOutboxCount() == 0);
    }

    /** As {@link #runRituals}, without waiting for the outbox (a test that holds a message back). */
    public void checkScheduler() {
        server.checkRitualsNow();
        replicaServers.forEach(MlideaServer::checkRitualsNow);
        org.awaitility.Awaitility.await()
                .atMost(Conversation.PATIENCE)
                .pollDelay(java.time.Duration.ZERO)
                .pollInterval(java.time.Duration.ofMillis(10))
                .until(() -> ritualsPendingAt(clock.instant()) == 0);
    }

    /** Executions of the rituals task that are running, or due at {@code now} and not yet run. */
    public long ritualsPendingAt(java.time.Instant now) {
        return probes().jdbi()
                .withHandle(h -> h.createQuery("""
                        SELECT count(*) FROM scheduled_tasks
                        WHERE task_name IN (:task, :summaries) AND (picked OR execution_time <= :now)
                        """)
                        .bind("task", RitualScheduler.TASK)
                        .bind("summaries", RitualScheduler.SUMMARIES_TASK)
                        .bind("now", java.sql.Timestamp.from(now))
                        .mapTo(Long.class)
                        .one());
    }

    /** Moves the clock {@code by}, then lets the rituals sweep run, one {@code step} at a time. */
    public void advanceRituals(java.time.Duration by, java.time.Duration step) {
        java.time.Instant end = clock.instant().plus(by);
        while (clock.instant().isBefore(end)) {
            java.time.Duration left = java.time.Duration.between(clock.instant(), end);
            clock.advance(left.compareTo(step) < 0 ? left : step);
            runRituals();
        }
    }

    /** Waits until every stored request is handled and every message owed is sent or set aside. */
    public void settle() {
        org.awaitility.Awaitility.await()
                .atMost(Conversation.PATIENCE)
                .until(() -> probes().pendingInboxCount() == 0 && probes().pendingOutboxCount() == 0);
    }

    /** A channel id no other test in this JVM uses, public ("C…") or private ("G…"). */
    public static String newChannel(boolean isPrivate) {
        return (isPrivate ? "G" : "C") + String.format("0TEST%05d", CHANNELS.incrementAndGet());
    }

    @Override
    public void close() {
        replicas.forEach(Runnable::run);
        server.close();
        storage.close();
        slack.close();
    }
}
