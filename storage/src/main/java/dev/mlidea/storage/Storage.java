package dev.mlidea.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The bot's only state: a PostgreSQL database, migrated by Flyway on start. All reads and writes go
 * through {@link #inTransaction}, so a state change and the messages it causes commit together.
 */
public final class Storage implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Flyway flyway;
    private final Clock clock;

    private Storage(HikariDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.jdbi = RowMappers.registerAll(Jdbi.create(dataSource))
                .installPlugin(new SqlObjectPlugin())
                .installPlugin(new PostgresPlugin())
                .registerArgument(new Columns.UtcInstants());
        this.flyway = Flyway.configure().dataSource(dataSource).load();
    }

    /** Connects to the database at {@code jdbcUrl} (user and password may be in the URL) and migrates it. */
    public static Storage open(String jdbcUrl, Clock clock) {
        var config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        // Workers, dispatchers, housekeeping and requests being stored, with room to spare.
        config.setMaximumPoolSize(32);
        config.setPoolName("mlidea");
        config.setInitializationFailTimeout(-1);
        // A slow or absent database must fail fast: Slack wants an answer within 3 s, and a 5xx in time
        // makes it retry, where a late ack loses the request's slot.
        config.setConnectionTimeout(1_500);
        config.setValidationTimeout(1_000);
        // No statement of this bot runs long; one stuck behind a lock or a hung server gives up.
        config.addDataSourceProperty("options", "-c statement_timeout=10000 -c lock_timeout=5000");
        config.addDataSourceProperty("socketTimeout", "30");
        var storage = new Storage(new HikariDataSource(config), clock);
        storage.migrate(jdbcUrl);
        return storage;
    }

    /**
     * Migrates on connections of its own, without the pool's statement and lock timeouts: a migration
     * may rewrite a large table (V3 does), which no request-sized timeout allows.
     */
    private void migrate(String jdbcUrl) {
        try {
            Flyway.configure().dataSource(jdbcUrl, null, null).load().migrate();
        } catch (RuntimeException e) {
            throw new StorageException("database migration failed", e);
        }
        // Rows an older version stored while this one migrated have no head yet: give them one.
        jdbi.useHandle(handle -> {
            var work = new UnitOfWork(handle, clock.instant());
            work.inbox().repairHeads();
            work.outbox().repairHeads();
        });
    }

    public <T> T inTransaction(Function<UnitOfWork, T> work) {
        return jdbi.inTransaction(handle -> work.apply(new UnitOfWork(handle, clock.instant())));
    }

    public void useTransaction(Consumer<UnitOfWork> work) {
        jdbi.useTransaction(handle -> work.accept(new UnitOfWork(handle, clock.instant())));
    }

    /**
     * Runs {@code work} on one database session: every transaction it starts on this thread uses the
     * same connection, each committed on its own. What the session holds (an outbox lease) ends with it,
     * also when the process dies.
     */
    public <T> T inSession(Supplier<T> work) {
        return jdbi.withHandle(handle -> work.get());
    }

    /** The bot's time, as every transaction reads it; the scheduler keeps its timers on it too. */
    public Clock clock() {
        return clock;
    }

    /** Reachable, and every migration this build knows is applied. */
    public boolean isReady() {
        try {
            var pending = flyway.info().pending();
            Integer one = jdbi.withHandle(
                    h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
            return one == 1 && pending.length == 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public String schemaVersion() {
        MigrationInfo current = flyway.info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }

    /** Pending inbox and outbox rows across workspaces and their oldest: counts only, for {@code /metrics}. */
    public QueueDepths queueDepths() {
        return jdbi.withHandle(handle -> QueueDepths.read(handle, clock.instant()));
    }

    /**
     * Publishes the pool's meters (hikaricp_connections_…) to {@code meterRegistry}, a Micrometer
     * MeterRegistry: typed Object so that storage needs no metrics library. Hikari takes one registry
     * per pool; a second call is ignored.
     */
    public synchronized void recordPoolMetrics(Object meterRegistry) {
        if (dataSource.getMetricRegistry() == null) dataSource.setMetricRegistry(meterRegistry);
    }

    /**
     * Scheduled executions running, or due at {@code at} and not yet run: none means the scheduler has
     * caught up with the bot's clock (the sandbox's fast-forward waits for that after each step).
     */
    public long scheduledRunsPending(java.time.Instant at) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT count(*) FROM scheduled_tasks WHERE picked OR execution_time <= :at")
                .bind("at", java.sql.Timestamp.from(at))
                .mapTo(Long.class)
                .one());
    }

    /**
     * The pool, for db-scheduler, which keeps its own table (scheduled_tasks) on the bot's database:
     * nothing else should bypass {@link #inTransaction}.
     */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
