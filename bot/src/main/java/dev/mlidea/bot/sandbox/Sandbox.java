package dev.mlidea.bot.sandbox;

import dev.mlidea.bot.MlideaServer;
import dev.mlidea.bot.config.Config;
import dev.mlidea.bot.rituals.RitualScheduler;
import dev.mlidea.storage.EmbeddedDatabase;
import dev.mlidea.storage.Storage;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local sandbox: the real bot (its own embedded PostgreSQL, a clock that can be moved forward)
 * talking to a fake Slack served on the sandbox's port, and the page that plays the part of Slack's
 * client. The page and the fake Slack stay up across a Reset; the bot is stopped and started again.
 */
public final class Sandbox implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Sandbox.class);
    /** How long one step of a fast-forward waits for the rituals and the summary the step made due. */
    private static final Duration STEP_PATIENCE = Duration.ofSeconds(10);
    /** How long one step waits for the messages it made owed to reach the fake Slack. */
    private static final Duration DELIVERY_PATIENCE = Duration.ofSeconds(2);

    private final Config config;
    private final SandboxWorkspace workspace;
    private final SandboxClock clock;
    private final EmbeddedDatabase database;
    private final Javalin web;
    private final Object lock = new Object();
    private volatile Storage storage;
    private volatile MlideaServer bot;

    private Sandbox(
            Config config, SandboxWorkspace workspace, SandboxClock clock, EmbeddedDatabase database, Javalin web) {
        this.config = config;
        this.workspace = workspace;
        this.clock = clock;
        this.database = database;
        this.web = web;
    }

    /** Starts the page and the fake Slack on {@code config.port()}, then the database and the bot. */
    public static Sandbox start(Config config) {
        Path dir = config.sandboxDir().orElseThrow(() -> new IllegalArgumentException("not the sandbox's config"));
        var clock = new SandboxClock(Clock.systemUTC(), Duration.ZERO);
        var workspace = SandboxWorkspace.load(dir, clock);
        clock.advance(Duration.ofSeconds(workspace.clockOffsetSeconds()));
        var holder = new Sandbox[1];
        var views = new SandboxViews(workspace);
        int port = config.port() == 0 ? freePort() : config.port();
        String baseUrl = "http://127.0.0.1:" + port + "/";
        var relay = new SandboxRelay(
                workspace, views, config.signingSecret(), () -> holder[0] == null ? -1 : holder[0].botPort(), baseUrl);
        var api = new FakeSlackApi(workspace, config.botToken(), baseUrl, views);
        var page = new SandboxPage(workspace, clock, relay, () -> holder[0]);
        var responses = new SandboxResponses(workspace);
        Javalin web = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            SandboxPage.routes(javalin, api, responses, page);
        });
        // Only this machine: the page drives the bot with nobody's credentials.
        web.start("127.0.0.1", port);
        EmbeddedDatabase database;
        try {
            database = EmbeddedDatabase.durable(config.dataDir());
        } catch (RuntimeException e) {
            web.stop();
            throw e;
        }
        var sandbox = new Sandbox(config.forSandboxBot(baseUrl + "api/", 0), workspace, clock, database, web);
        holder[0] = sandbox;
        try {
            sandbox.startBot();
        } catch (RuntimeException e) {
            sandbox.close();
            throw e;
        }
        return sandbox;
    }

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return web.port();
    }

    /** The bot's own HTTP port (its /slack/events), where the relay sends everything; -1 while it starts. */
    public int botPort() {
        MlideaServer running = bot;
        return running == null ? -1 : running.port();
    }

    public String pageUrl() {
        return "http://localhost:" + port() + "/sandbox";
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * Moves the bot's clock {@code by}, a few hours at a time, and after each step lets the rituals
     * (nudges, re-check reminders, the weekly summary) and the intake deadlines catch up, as if that
     * time had passed with the bot running.
     */
    public void fastForward(Duration by) {
        synchronized (lock) {
            Duration step = by.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofHours(6) : Duration.ofHours(1);
            // The offset grows by exactly `by`: real time passing meanwhile comes on top, as it would.
            Duration left = by;
            try {
                while (left.compareTo(Duration.ZERO) > 0) {
                    Duration next = left.compareTo(step) < 0 ? left : step;
                    clock.advance(next);
                    left = left.minus(next);
                    bot.checkRitualsNow();
                    bot.sweepDeadlinesNow();
                    // The step's rituals and summary run, then what they owed is sent before the clock
                    // moves on: the fake Slack stamps each message with the bot's time, so a nudge due at
                    // nine must not arrive stamped with a later step's hour.
                    await(
                            "a rituals run",
                            STEP_PATIENCE,
                            () -> storage.scheduledRunsPending(clock.instant()) == 0,
                            bot::checkRitualsNow);
                    await("messages owed", DELIVERY_PATIENCE, this::delivered, () -> {});
                }
            } finally {
                workspace.clockOffsetSeconds(clock.offset().toSeconds());
            }
            log.info(
                    "sandbox clock moved forward {}h, offset now {}h",
                    by.toHours(),
                    clock.offset().toHours());
        }
    }

    /** Polls {@code done} (poking between looks) for up to {@code patience}; then goes on regardless. */
    private static void await(String what, Duration patience, BooleanSupplier done, Runnable poke) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                log.warn("sandbox: {} still pending after {}s; going on", what, patience.toSeconds());
                return;
            }
            poke.run();
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Nothing stored and unhandled, nothing owed to Slack (bar posts waiting for an invite). */
    boolean delivered() {
        var depths = storage.queueDepths();
        return depths.inbox() == 0 && depths.outbox() == 0;
    }

    /** Starts over: the bot stopped, its database dropped for a new one, every message and the clock forgotten. */
    public void reset() {
        synchronized (lock) {
            String old = databaseName();
            stopBot();
            workspace.clear();
            clock.resetOffset();
            deleteFiles();
            try (Connection c = database.postgresDatabase().getConnection();
                    var s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + old + " WITH (FORCE)");
            } catch (SQLException e) {
                log.warn("sandbox: the old database {} was not dropped: {}", old, e.getSQLState());
            }
            startBot();
            log.info("sandbox reset: a new workspace on database {}", databaseName());
        }
    }

    private String databaseName() {
        return "sandbox_" + workspace.generation();
    }

    private void startBot() {
        String name = databaseName();
        try (Connection c = database.postgresDatabase().getConnection();
                var exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (var rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (var create = c.createStatement()) {
                        create.execute("CREATE DATABASE " + name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the sandbox's database " + name + " could not be created", e);
        }
        storage = Storage.open(database.jdbcUrl(name), clock);
        bot = MlideaServer.start(config, storage, RitualScheduler.Timing.fast());
    }

    private void stopBot() {
        if (bot != null) bot.close();
        if (storage != null) storage.close();
        bot = null;
        storage = null;
    }

    private void deleteFiles() {
        Path files = workspace.folder().resolve("files");
        if (!Files.exists(files)) return;
        try (Stream<Path> all = Files.walk(files)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            web.stop();
            stopBot();
            database.close();
        }
    }
}
