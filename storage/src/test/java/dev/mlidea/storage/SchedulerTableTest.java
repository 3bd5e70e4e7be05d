package dev.mlidea.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.mlidea.storage.testing.MutableClock;
import dev.mlidea.storage.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real db-scheduler (the version the bot uses) on the scheduled_tasks table V5 creates: it runs
 * what is due, two schedulers never run the same execution, and one that died mid-run is taken over.
 */
class SchedulerTableTest {
    private Storage storage;
    private final ConcurrentHashMap<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> ranOn = new ConcurrentHashMap<>();

    @BeforeEach
    void openStorage() {
        storage = Storage.open(TestDatabase.freshDatabaseUrl(), MutableClock.at("2024-05-06T10:00:00Z"));
    }

    @AfterEach
    void closeStorage() {
        storage.close();
    }

    private OneTimeTask<Void> probe(String schedulerName) {
        return Tasks.oneTime("ritual-probe").execute((instance, context) -> {
            runs.computeIfAbsent(instance.getId(), id -> new AtomicInteger()).incrementAndGet();
            ranOn.put(instance.getId(), schedulerName);
        });
    }

    private Scheduler scheduler(String name, boolean lockAndFetch) {
        var builder = Scheduler.create(storage.dataSource(), probe(name))
                .schedulerName(new SchedulerName.Fixed(name))
                .pollingInterval(Duration.ofMillis(100))
                .heartbeatInterval(Duration.ofMillis(200))
                .missedHeartbeatsLimit(4)
                .threads(4)
                .shutdownMaxWait(Duration.ofSeconds(2));
        if (lockAndFetch) builder.pollUsingLockAndFetch(0.5, 1.0);
        return builder.build();
    }

    @Test
    void two_schedulers_on_one_database_run_every_execution_exactly_once() {
        for (boolean lockAndFetch : List.of(false, true)) {
            runs.clear();
            ranOn.clear();
            var one = scheduler("one", lockAndFetch);
            var two = scheduler("two", lockAndFetch);
            var ids = IntStream.range(0, 200)
                    .mapToObj(i -> "T0ACME:" + lockAndFetch + ":" + i)
                    .toList();
            var now = Instant.now();
            ids.forEach(id -> one.schedule(probe("one").instance(id), now));
            try {
                one.start();
                two.start();
                waitFor(() -> runs.size() == ids.size() && rowCount() == 0, Duration.ofSeconds(60));
            } finally {
                one.stop();
                two.stop();
            }

            assertThat(runs.keySet()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(runs.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
            assertThat(Map.copyOf(ranOn).values())
                    .as("both schedulers took work")
                    .contains("one", "two");
        }
    }

    @Test
    void an_execution_whose_scheduler_stopped_heartbeating_is_run_by_another() {
        // As a process killed mid-run leaves it: picked, by a scheduler whose heartbeats stopped.
        var stale = Instant.now().minus(Duration.ofMinutes(5)).atOffset(ZoneOffset.UTC);
        Jdbi.create(storage.dataSource()).useHandle(h -> h.execute("""
                        INSERT INTO scheduled_tasks (task_name, task_instance, task_data, execution_time, picked,
                                                     picked_by, last_heartbeat, version)
                        VALUES ('ritual-probe', 'T0ACME:orphan', NULL, ?, true, 'killed-process', ?, 1)
                        """, stale, stale));
        var survivor = scheduler("survivor", false);
        try {
            survivor.start();
            waitFor(() -> runs.containsKey("T0ACME:orphan") && rowCount() == 0, Duration.ofSeconds(30));
        } finally {
            survivor.stop();
        }

        assertThat(runs.get("T0ACME:orphan").get()).isEqualTo(1);
        assertThat(ranOn).containsEntry("T0ACME:orphan", "survivor");
    }

    @Test
    void runs_pending_are_the_picked_ones_and_those_due_by_then() {
        Instant now = Instant.parse("2024-05-06T10:00:00Z");
        Jdbi.create(storage.dataSource()).useHandle(h -> {
            String insert = """
                    INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version)
                    VALUES ('ritual-probe', ?, ?, ?, 1)
                    """;
            h.execute(insert, "due", now.minusSeconds(1).atOffset(ZoneOffset.UTC), false);
            h.execute(insert, "later", now.plusSeconds(3600).atOffset(ZoneOffset.UTC), false);
            h.execute(insert, "running", now.plusSeconds(7200).atOffset(ZoneOffset.UTC), true);
        });

        assertThat(storage.scheduledRunsPending(now)).isEqualTo(2);
        assertThat(storage.scheduledRunsPending(now.minusSeconds(60)))
                .as("only the running one")
                .isEqualTo(1);
        assertThat(storage.scheduledRunsPending(now.plusSeconds(3600))).isEqualTo(3);
    }

    private long rowCount() {
        return Jdbi.create(storage.dataSource())
                .withHandle(h -> h.createQuery("SELECT count(*) FROM scheduled_tasks")
                        .mapTo(Long.class)
                        .one());
    }

    private static void waitFor(BooleanSupplier done, Duration atMost) {
        await().atMost(atMost).until(done::getAsBoolean);
    }
}
