package dev.mlidea.bot.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.bot.requests.InboxPayload;
import dev.mlidea.storage.InboxItem;
import dev.mlidea.storage.Storage;
import dev.mlidea.storage.StorageProbes;
import dev.mlidea.storage.testing.MutableClock;
import dev.mlidea.storage.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The worker against a real PostgreSQL, with a handler that misbehaves: whatever a request throws, an
 * Error included, is that request's failure, counted in the claiming transaction, never the worker's.
 */
class InboxWorkerTest {
    private static final String TEAM = "T0WORKER";
    private final MutableClock clock = MutableClock.at("2026-11-27T09:00:00Z");
    private Storage storage;
    private StorageProbes probes;

    @BeforeEach
    void open() {
        storage = Storage.open(TestDatabase.freshDatabaseUrl(), clock);
        probes = new StorageProbes(storage);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void a_request_that_overflows_the_stack_is_set_aside_after_three_tries_and_the_queue_goes_on() {
        enqueue("Ev1", "thread:C0A:1", "poison");
        enqueue("Ev2", "thread:C0A:1", "fine");
        enqueue("Ev3", "thread:C0B:1", "other");
        var handled = new ArrayList<String>();
        var worker = new InboxWorker(storage, (uow, row) -> {
            String text = Inbox.payload(row.payload()).text();
            if (text.equals("poison")) throw new StackOverflowError();
            handled.add(text);
            return "ok";
        });

        for (int i = 0; i < 10; i++) {
            worker.drain();
            clock.advance(Duration.ofSeconds(30)); // past each retry's backoff
        }

        assertThat(handled).containsExactlyInAnyOrder("fine", "other");
        assertThat(worker.failures()).isEqualTo(3);
        assertThat(outcome("Ev1")).isEqualTo("failed:3");
        assertThat(probes.pendingInboxCount()).isZero();
    }

    @Test
    void what_a_failing_request_wrote_before_it_failed_is_rolled_back() {
        enqueue("Ev1", "thread:C0A:1", "half");
        var worker = new InboxWorker(storage, (uow, row) -> {
            uow.inbox().enqueue(new InboxItem(TEAM, "written-then-failed", "thread:C0Z:1", "X", "{}"));
            throw new IllegalStateException("after writing");
        });

        worker.drain();

        assertThat(count("SELECT count(*) FROM inbox WHERE dedup_key = 'written-then-failed'"))
                .isZero();
        assertThat(outcome("Ev1")).isEqualTo(":1");
    }

    @Test
    void a_handled_request_keeps_no_text() {
        enqueue("Ev1", "thread:C0A:1", "what someone typed");
        var worker = new InboxWorker(storage, (uow, row) -> "ignored:discussion");

        worker.drain();

        assertThat(text("SELECT payload FROM inbox WHERE dedup_key = 'Ev1'")).isEmpty();
        assertThat(outcome("Ev1")).isEqualTo("ignored:discussion:0");
    }

    @Test
    void a_request_the_database_failed_on_is_tried_again_without_counting_an_attempt() {
        enqueue("Ev1", "thread:C0A:1", "unlucky");
        var tries = new java.util.concurrent.atomic.AtomicInteger();
        var worker = new InboxWorker(storage, (uow, row) -> {
            if (tries.incrementAndGet() <= 5) {
                throw new IllegalStateException(
                        "lock wait", new java.sql.SQLException("canceling statement due to lock timeout", "55P03"));
            }
            return "ok";
        });

        for (int i = 0; i < 10; i++) {
            worker.drain();
            clock.advance(Duration.ofSeconds(5));
        }

        assertThat(tries.get()).isEqualTo(6);
        assertThat(worker.failures()).isZero();
        assertThat(outcome("Ev1")).isEqualTo("ok:0");
    }

    private void enqueue(String dedup, String ordering, String text) {
        var payload = new com.google.gson.Gson().toJson(InboxPayload.reply("C0A", "U0ANN", "1", text));
        storage.useTransaction(
                uow -> uow.inbox().enqueue(new InboxItem(TEAM, dedup, ordering, "THREAD_REPLY", payload)));
    }

    private String outcome(String dedup) {
        return text("SELECT coalesce(outcome, '') || ':' || attempts FROM inbox WHERE dedup_key = '" + dedup + "'");
    }

    private String text(String sql) {
        return probes.jdbi()
                .withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    private long count(String sql) {
        return probes.jdbi()
                .withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
