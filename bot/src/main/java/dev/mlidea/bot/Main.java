package dev.mlidea.bot;

import dev.mlidea.bot.config.Config;
import dev.mlidea.bot.sandbox.Sandbox;
import dev.mlidea.bot.sandbox.SandboxBanner;
import dev.mlidea.storage.EmbeddedDatabase;
import dev.mlidea.storage.Storage;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the configuration, starts the database (embedded unless DATABASE_URL is set) and the bot. */
public final class Main {
    private static final Logger log = LoggerFactory.getLogger(Main.class);

    private Main() {}

    public static void main(String[] args) {
        Config config;
        try {
            config = Config.fromEnv(System.getenv());
        } catch (Config.InvalidConfig e) {
            System.err.println("mlidea cannot start: the configuration needs fixing.");
            e.problems().forEach(p -> System.err.println("  - " + p));
            System.err.println("See the configuration table in README.md.");
            System.exit(2);
            return;
        }
        if (config.sandbox()) {
            runSandbox(config);
            return;
        }
        Clock clock = Clock.systemUTC();
        Optional<EmbeddedDatabase> embedded = Optional.empty();
        Storage storage = null;
        MlideaServer server;
        try {
            String jdbcUrl;
            if (config.databaseUrl().isPresent()) {
                jdbcUrl = config.databaseUrl().get();
            } else {
                log.info(
                        "DATABASE_URL is not set: starting the embedded PostgreSQL with its data in {}",
                        config.dataDir().toAbsolutePath());
                embedded = Optional.of(EmbeddedDatabase.durable(config.dataDir()));
                jdbcUrl = embedded.get().jdbcUrl("postgres");
            }
            storage = Storage.open(jdbcUrl, clock);
            server = MlideaServer.start(config, storage);
        } catch (RuntimeException e) {
            // Start-up carries no user text; the stack trace is what LOG_LEVEL=DEBUG promises.
            log.debug("start-up failed", e);
            System.err.println("mlidea cannot start: " + StartupProblems.describe(e));
            if (storage != null) storage.close();
            embedded.ifPresent(EmbeddedDatabase::close);
            System.exit(2);
            return;
        }
        final Storage openStorage = storage;
        final Optional<EmbeddedDatabase> db = embedded;
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            // One ordered shutdown: requests, then work in flight, then the pool, then the database.
                            log.info("stopping: finishing the work in flight");
                            server.close();
                            openStorage.close();
                            db.ifPresent(EmbeddedDatabase::close);
                            log.info("stopped");
                        },
                        "mlidea-shutdown"));
        log.info("mlidea is listening on port {} ({})", server.port(), config);
    }

    /** No Slack credentials: the bot runs against the sandbox's fake Slack, driven from a local page. */
    private static void runSandbox(Config config) {
        Sandbox sandbox;
        try {
            log.info(
                    "no Slack credentials: starting the sandbox in {}",
                    config.sandboxDir().orElseThrow().toAbsolutePath());
            sandbox = Sandbox.start(config);
        } catch (RuntimeException e) {
            log.debug("sandbox start-up failed", e);
            System.err.println("mlidea cannot start the sandbox: " + StartupProblems.describe(e));
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "mlidea-sandbox-shutdown"));
        System.out.println(
                SandboxBanner.text(sandbox.pageUrl(), config.sandboxDir().orElseThrow()));
        System.out.flush();
    }
}
