package dev.mlidea.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.storage.testing.MutableClock;
import dev.mlidea.storage.testing.TestDatabase;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Replicas of a Deployment start at the same moment on one empty database, each migrating it on start:
 * Flyway's PostgreSQL lock lets one apply the migrations while the others wait, then finds nothing to do.
 */
class ConcurrentStartTest {
    private static final int REPLICAS = 3;

    private final MutableClock clock = MutableClock.at("2024-05-06T10:00:00Z");

    @Test
    void replicas_starting_together_on_an_empty_database_migrate_it_once() throws Exception {
        String url = TestDatabase.freshDatabaseUrl();
        var gate = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(REPLICAS);
        var opened = new ArrayList<Future<Storage>>();
        List<Storage> storages = new ArrayList<>();
        try {
            for (int i = 0; i < REPLICAS; i++) {
                Callable<Storage> replica = () -> {
                    gate.await();
                    return Storage.open(url, clock);
                };
                opened.add(pool.submit(replica));
            }
            gate.countDown();
            for (Future<Storage> each : opened) storages.add(each.get(2, TimeUnit.MINUTES));

            var migrations =
                    Flyway.configure().dataSource(url, null, null).load().info();
            String latest = migrations.current().getVersion().getVersion();
            assertThat(storages)
                    .as("every replica is ready on the latest schema")
                    .allSatisfy(s -> {
                        assertThat(s.isReady()).isTrue();
                        assertThat(s.schemaVersion()).isEqualTo(latest);
                    });
            assertThat(history(url, "SELECT count(*) FROM flyway_schema_history WHERE NOT success"))
                    .as("no failed migration recorded")
                    .isZero();
            assertThat(history(
                            url,
                            "SELECT count(*) FROM (SELECT version FROM flyway_schema_history"
                                    + " WHERE version IS NOT NULL GROUP BY version HAVING count(*) > 1) twice"))
                    .as("no migration applied twice")
                    .isZero();
            assertThat(history(url, "SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL"))
                    .as("each migration applied once")
                    .isEqualTo(migrations.all().length);
        } finally {
            pool.shutdownNow();
            storages.forEach(Storage::close);
        }
    }

    private static int history(String url, String sql) throws SQLException {
        try (var db = DriverManager.getConnection(url);
                var rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
