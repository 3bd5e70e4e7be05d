package dev.mlidea.storage;

import dev.mlidea.storage.testing.MutableClock;
import dev.mlidea.storage.testing.TestDatabase;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Prints how fast the inbox drains at depths 0, 10,000 and 200,000 (requests waiting over 1,000
 * conversations), with four workers as the bot runs them, and how many claims a new conversation's
 * first request waits. A benchmark, not a test: it asserts nothing and is not part of {@code verify}.
 *
 * <pre>mvn -pl conversations,storage test -Dtest=QueueDrainBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class QueueDrainBenchmark {
    private static final String TEAM = "T0BENCH";
    private static final int MEASURED = 4_000;
    private static final int WORKERS = 4;

    @Test
    void prints_drain_rates_at_depth() throws Exception {
        var clock = MutableClock.at("2026-11-27T09:00:00Z");
        for (int depth : new int[] {0, 10_000, 200_000}) {
            try (var storage = Storage.open(TestDatabase.freshDatabaseUrl(), clock)) {
                seed(storage, clock, depth + MEASURED);
                long started = System.nanoTime();
                int handled = drain(storage, MEASURED);
                double seconds = (System.nanoTime() - started) / 1e9;
                storage.useTransaction(uow ->
                        uow.inbox().enqueue(new InboxItem(TEAM, "late", "thread:C0QUIET:1", "THREAD_REPLY", "{}")));
                int waited = 0;
                while (!claimAndFinish(storage).equals("thread:C0QUIET:1")) waited++;
                System.out.printf(
                        "inbox drain at depth %,7d: %,6.0f rows/s (%d rows, %d workers, %.2f s); "
                                + "a new conversation's first request waited %d claims%n",
                        depth, handled / seconds, handled, WORKERS, seconds, waited);
            }
        }
    }

    private static void seed(Storage storage, MutableClock clock, int rows) {
        var jdbi = new StorageProbes(storage).jdbi();
        jdbi.useTransaction(h -> {
            h.createUpdate("""
                            INSERT INTO inbox (team_id, dedup_key, ordering_key, kind, payload, received_at, not_before)
                            SELECT :team, 'n:' || n, 'thread:C0WIDE:' || (n % 1000), 'THREAD_REPLY', '{}', :at, :at
                            FROM generate_series(1, :rows) n
                            """)
                    .bind("team", TEAM)
                    .bind("rows", rows)
                    .bind("at", clock.instant().atOffset(ZoneOffset.UTC))
                    .execute();
            h.execute("""
                    INSERT INTO inbox_heads (team_id, ordering_key, next_id, not_before)
                    SELECT team_id, ordering_key, min(id), min(not_before) FROM inbox
                    WHERE processed_at IS NULL GROUP BY team_id, ordering_key ORDER BY min(id)
                    """);
        });
    }

    private static int drain(Storage storage, int rows) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        var left = new AtomicInteger(rows);
        var done = new AtomicInteger();
        var running = new ArrayList<Future<?>>();
        for (int w = 0; w < WORKERS; w++) {
            running.add(workers.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    claimAndFinish(storage);
                    done.incrementAndGet();
                }
            }));
        }
        for (var f : running) f.get();
        workers.shutdown();
        return done.get();
    }

    private static String claimAndFinish(Storage storage) {
        return storage.inTransaction(uow -> {
            var claimed = uow.inbox().claimNext().orElseThrow();
            uow.inbox().finish(claimed, "done");
            return claimed.orderingKey();
        });
    }
}
