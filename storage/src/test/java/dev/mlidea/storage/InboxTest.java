package dev.mlidea.storage;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlidea.storage.testing.MutableClock;
import dev.mlidea.storage.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The inbox: Slack requests stored once, handled in order per conversation, by one worker at a time. */
class InboxTest {
    private static final String TEAM = "T0ACME";
    private static final String OTHER_TEAM = "T0GLOBEX";
    private static final String THREAD_A = "C0PLANNING:1715000000.000100";
    private static final String THREAD_B = "C0PLANNING:1715000000.000200";
    private static String url;

    private MutableClock clock;
    private Storage storage;
    private ExecutorService otherWorker;

    @BeforeAll
    static void createDatabase() {
        url = TestDatabase.freshDatabaseUrl();
    }

    @BeforeEach
    void openStorage() {
        clock = MutableClock.at("2024-05-06T10:00:00Z");
        storage = Storage.open(url, clock);
        jdbi().useHandle(h -> h.execute(
                "TRUNCATE inbox, inbox_heads, outbox, outbox_heads, slack_rate_limits, answers, projects CASCADE"));
        otherWorker = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void closeStorage() {
        otherWorker.shutdownNow();
        storage.close();
    }

    // ---- enqueue -------------------------------------------------------------------------------

    @Test
    void a_retried_delivery_is_stored_once() {
        assertThat(enqueue(item(TEAM, "Ev01", THREAD_A, "first"))).isTrue();
        assertThat(enqueue(item(TEAM, "Ev01", THREAD_A, "first, retried"))).isFalse();

        assertThat(pendingCount()).isEqualTo(1);
        assertThat(claim()).map(InboxRow::payload).contains("first");
    }

    @Test
    void the_same_dedup_key_in_another_team_is_another_request() {
        assertThat(enqueue(item(TEAM, "Ev01", THREAD_A, "ours"))).isTrue();
        assertThat(enqueue(item(OTHER_TEAM, "Ev01", THREAD_A, "theirs"))).isTrue();

        assertThat(pendingCount()).isEqualTo(2);
    }

    @Test
    void a_claimed_item_carries_what_was_enqueued_and_when() {
        enqueue(new InboxItem(TEAM, "Ev01", THREAD_A, "message", "{\"text\":\"héllo, 世界\"}"));

        var row = claim().orElseThrow();

        assertThat(row.teamId()).isEqualTo(TEAM);
        assertThat(row.kind()).isEqualTo("message");
        assertThat(row.payload()).isEqualTo("{\"text\":\"héllo, 世界\"}");
        assertThat(row.attempts()).isZero();
        assertThat(row.receivedAt()).isEqualTo(clock.instant());
    }

    @Test
    void nothing_is_claimed_from_an_empty_inbox() {
        assertThat(claim()).isEmpty();
    }

    // ---- order ---------------------------------------------------------------------------------

    @Test
    void items_are_claimed_in_arrival_order() {
        enqueue(item(TEAM, "Ev01", THREAD_A, "a1"));
        enqueue(item(TEAM, "Ev02", THREAD_B, "b1"));
        enqueue(item(OTHER_TEAM, "Ev03", THREAD_A, "their a1"));

        assertThat(claimAndFinish()).contains("a1");
        assertThat(claimAndFinish()).contains("b1");
        assertThat(claimAndFinish()).contains("their a1");
        assertThat(claimAndFinish()).isEmpty();
    }

    @Test
    void an_unfinished_item_stays_first_in_its_conversation() {
        enqueue(item(TEAM, "Ev01", THREAD_A, "a1"));
        enqueue(item(TEAM, "Ev02", THREAD_A, "a2"));

        assertThat(claim()).map(InboxRow::payload).contains("a1");
        assertThat(claim()).map(InboxRow::payload).contains("a1");
    }

    @Test
    void finishing_an_item_makes_the_next_of_its_conversation_claimable() {
        enqueue(item(TEAM, "Ev01", THREAD_A, "a1"));
        enqueue(item(TEAM, "Ev02", THREAD_A, "a2"));

        assertThat(claimAndFinish()).contains("a1");
        assertThat(claim()).map(InboxRow::payload).contains("a2");
        assertThat(pendingCount()).isEqualTo(1);
    }

    @Test
    void a_finished_item_records_its_outcome_and_time() {
        enqueue(item(TEAM, "Ev01", THREAD_A, "a1"));
        clock.advance(Duration.ofSeconds(2));

        storage.useTransaction(uow -> uow.inbox().finish(uow.inbox().claimNext().orElseThrow(), "answered"));

        assertThat(query("SELECT outcome FROM inbox")).isEqualTo("answered");
        assertThat(query("SELECT count(*) FROM inbox WHERE processed_at = '" + clock.instant() + "'::timestamptz"))
                .isEqualTo("1");
    }

    @Test
    void the_same_ordering_key_in_another_team_is_another_conversation() {
        enqueue(item(TEAM, "Ev01", THREAD_A, "ours"));
        enqueue(item(OTHER_TEAM, "Ev02", THREAD_A, "theirs"));

        var held = holdClaim();
        try {
            assertThat(held.row()).map(InboxRow::payload).contains("ours");
            assertThat(claim()).map(InboxRow::payload).contains("theirs");
        } finally {
            held.release();
        }
    }

    // ---- concurrent workers --------------------------------------------------------------------

    @Test
    void a_second_worker_skips_the_claimed_conversation_and_takes_another_ones_item() {
        enqueue(item(TEAM, "Ev01", THREAD_A, "a1"));
        enqueue(item(TEAM, "Ev02", THREAD_A, "a2"));
        enqueue(item(TEAM, "Ev03", THREAD_B, "b1"));

        var held = holdClaim();
        Optional<InboxRow> second;
        try {
            second = claim();
        } finally {
            held.release();
        }

        assertThat(held.row()).map(InboxRow::payload).contains("a1");
        assertThat(second).map(InboxRow::payload).contains("b1");
        // Conversations take turns: b1 was waiting longer than a2's conversation, which just had one.
        assertThat(claimAndFinish()).contains("b1");
        assertThat(claim()).map(InboxRow::payload).contains("a2");
    }

    @Test
    void a_second_worker_finds_nothing_while_the_only_other_item_waits_behind_the_claimed_one() {
        enqueue(item(TEAM, "Ev01", THREAD_A, "a1"));
        enqueue(item(TEAM, "Ev02", THREAD_A, "a2"));

        var held = holdClaim();
        Optional<InboxRow> second;
        try {
            second = claim();
        } finally {
            held.release();
        }

        assertThat(held.row()).map(InboxRow::payload).contains("a1");
        assertThat(second).isEmpty();
        assertThat(claim()).map(InboxRow::payload).contains("a2");
    }

    @Test
    void an_item_enqueued_earlier_but_committed_later_never_runs_beside_or_after_its_successor() {
        // Two Slack requests for one thread, stored by two request threads at once: a1's transaction
        // inserts first but commits last.
        var workers = Executors.newFixedThreadPool(2);
        var inserted = new CountDownLatch(1);
        var commitA1 = new CountDownLatch(1);
        var claimed = new CountDownLatch(1);
        var finish = new CountDownLatch(1);
        var firstClaim = new AtomicReference<Optional<String>>();
        var handled = new CopyOnWriteArrayList<String>();
        Optional<String> secondClaim;
        try {
            Future<?> requestA1 = otherWorker.submit(() -> storage.useTransaction(uow -> {
                uow.inbox().enqueue(item(TEAM, "Ev01", THREAD_A, "a1"));
                inserted.countDown();
                awaitQuietly(commitA1);
            }));
            awaitQuietly(inserted);
            Future<?> requestA2 = workers.submit(() -> enqueue(item(TEAM, "Ev02", THREAD_A, "a2")));
            awaitStoredOrBlocked(requestA2);

            Future<?> firstWorker = workers.submit(() -> storage.useTransaction(uow -> {
                var row = uow.inbox().claimNext();
                firstClaim.set(row.map(c -> c.row().payload()));
                row.ifPresent(r -> handled.add(r.row().payload()));
                claimed.countDown();
                awaitQuietly(finish);
                row.ifPresent(r -> uow.inbox().finish(r, "answered"));
            }));
            awaitQuietly(claimed);
            commitA1.countDown();
            get(requestA1);
            get(requestA2);

            secondClaim = claimAndFinish();
            secondClaim.ifPresent(handled::add);
            finish.countDown();
            get(firstWorker);
        } finally {
            commitA1.countDown();
            finish.countDown();
            workers.shutdownNow();
        }
        for (var next = claimAndFinish(); next.isPresent(); next = claimAndFinish()) handled.add(next.get());

        assertThat(firstClaim.get().isPresent() && secondClaim.isPresent())
                .as("two items of one conversation handled at once: %s and %s", firstClaim.get(), secondClaim)
                .isFalse();
        assertThat(handled).containsExactly("a1", "a2");
    }

    // ---- failures ------------------------------------------------------------------------------

    @Test
    void a_failed_attempt_is_counted_and_the_item_is_claimed_again() {
        enqueue(item(TEAM, "Ev01", THREAD_A, "a1"));
        enqueue(item(TEAM, "Ev02", THREAD_A, "a2"));

        boolean setAside = storage.inTransaction(
                uow -> uow.inbox().recordFailure(uow.inbox().claimNext().orElseThrow()));

        assertThat(setAside).isFalse();
        // the retry waits a moment (a passing database error must not use up every attempt at once).
        assertThat(claim()).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        var again = claim().orElseThrow();
        assertThat(again.payload()).isEqualTo("a1");
        assertThat(again.attempts()).isEqualTo(1);
    }

    @Test
    void an_item_that_fails_three_times_is_set_aside_and_unblocks_its_conversation() {
        enqueue(item(TEAM, "Ev01", THREAD_A, "poison"));
        enqueue(item(TEAM, "Ev02", THREAD_A, "a2"));

        assertThat(failOnce()).isFalse();
        assertThat(failOnce()).isFalse();
        assertThat(failOnce()).isTrue();

        assertThat(claim()).map(InboxRow::payload).contains("a2");
        assertThat(pendingCount()).isEqualTo(1);
        assertThat(query("SELECT outcome || ':' || attempts FROM inbox WHERE dedup_key = 'Ev01'"))
                .isEqualTo("failed:3");
    }

    @Test
    void a_claim_in_a_transaction_that_rolls_back_leaves_the_item_claimable() {
        enqueue(item(TEAM, "Ev01", THREAD_A, "a1"));

        assertThatThrownBy(() -> storage.useTransaction(uow -> {
                    var row = uow.inbox().claimNext().orElseThrow();
                    uow.inbox().finish(row, "answered");
                    throw new IllegalStateException("the worker died half way");
                }))
                .hasMessageContaining("half way");

        var again = claim().orElseThrow();
        assertThat(again.payload()).isEqualTo("a1");
        assertThat(again.attempts()).isZero();
        assertThat(pendingCount()).isEqualTo(1);
    }

    @Test
    void an_item_held_by_a_worker_that_then_dies_is_claimed_again() throws Exception {
        enqueue(item(TEAM, "Ev01", THREAD_A, "a1"));

        var claimed = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        Future<?> dying = otherWorker.submit(() -> storage.useTransaction(uow -> {
            uow.inbox().claimNext().orElseThrow();
            claimed.countDown();
            awaitQuietly(release);
            throw new IllegalStateException("process killed");
        }));
        assertThat(claimed.await(10, SECONDS)).isTrue();
        Optional<InboxRow> whileHeld;
        try {
            whileHeld = claim();
        } finally {
            release.countDown();
        }
        assertThatThrownBy(() -> dying.get(10, SECONDS)).hasRootCauseMessage("process killed");

        assertThat(whileHeld).isEmpty();
        assertThat(claim()).map(InboxRow::payload).contains("a1");
    }

    @Test
    void a_failure_cannot_reopen_a_request_that_was_handled_meanwhile() {
        enqueue(item(TEAM, "Ev01", THREAD_A, "a1"));

        boolean setAside = storage.inTransaction(uow -> {
            var claimed = uow.inbox().claimNext().orElseThrow();
            // As if another replica had handled it (the old code recorded failures in a new transaction).
            jdbi().useHandle(h ->
                    h.execute("UPDATE inbox SET processed_at = now(), outcome = 'done' WHERE dedup_key = 'Ev01'"));
            return uow.inbox().recordFailure(claimed);
        });

        assertThat(setAside).as("nothing to set aside, nobody to apologise to").isFalse();
        assertThat(query("SELECT outcome || ':' || attempts FROM inbox WHERE dedup_key = 'Ev01'"))
                .isEqualTo("done:0");
        assertThat(pendingCount()).isZero();
        assertThat(claim()).isEmpty();
    }

    @Test
    void a_failure_recorded_in_a_savepoint_keeps_the_conversation_locked_until_commit() {
        enqueue(item(TEAM, "Ev01", THREAD_A, "a1"));

        var held = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        Future<?> failing = otherWorker.submit(() -> storage.useTransaction(uow -> {
            var claimed = uow.inbox().claimNext().orElseThrow();
            var attempt = uow.attempt(() -> {
                throw new StackOverflowError();
            });
            assertThat(attempt).isInstanceOf(Attempt.Failed.class);
            uow.inbox().recordFailure(claimed);
            held.countDown();
            awaitQuietly(release);
        }));
        awaitQuietly(held);
        Optional<InboxRow> meanwhile;
        try {
            clock.advance(Duration.ofMinutes(1));
            meanwhile = claim();
        } finally {
            release.countDown();
        }
        get(failing);

        assertThat(meanwhile).isEmpty();
        assertThat(claim()).map(InboxRow::attempts).contains(1);
    }

    // ---- retention -----------------------------------------------------------------------------

    @Test
    void handled_requests_are_deleted_after_the_dedup_window_in_batches_and_pending_ones_never() {
        for (int i = 0; i < 5; i++) enqueue(item(TEAM, "Ev0" + i, "thread:C0X:" + i, "x"));
        enqueue(item(TEAM, "EvPending", THREAD_B, "still waiting"));
        for (int i = 0; i < 5; i++) {
            storage.useTransaction(uow -> {
                var claimed = uow.inbox().claimNext().orElseThrow();
                if (claimed.orderingKey().equals(THREAD_B)) throw new IllegalStateException("not this one");
                uow.inbox().finish(claimed, "done");
            });
        }
        clock.advance(Duration.ofMinutes(30));
        var cutoff = clock.instant().minus(Duration.ofMinutes(10));

        int first = storage.inTransaction(uow -> uow.inbox().purgeHandled(cutoff, 3));
        int second = storage.inTransaction(uow -> uow.inbox().purgeHandled(cutoff, 3));
        int third = storage.inTransaction(uow -> uow.inbox().purgeHandled(cutoff, 3));

        assertThat(List.of(first, second, third)).containsExactly(3, 2, 0);
        assertThat(query("SELECT string_agg(dedup_key, ',') FROM inbox")).isEqualTo("EvPending");
        assertThat(claim()).map(InboxRow::payload).contains("still waiting");
    }

    @Test
    void heads_and_pending_rows_stay_in_step_through_enqueues_claims_failures_and_retries() {
        for (int i = 0; i < 30; i++)
            enqueue(item(i % 2 == 0 ? TEAM : OTHER_TEAM, "Ev" + i, "thread:C0:" + (i % 4), "p" + i));
        enqueue(item(TEAM, "Ev0", "thread:C0:0", "a retried delivery"));
        for (int i = 0; i < 80; i++) {
            clock.advance(Duration.ofSeconds(10));
            int n = i;
            storage.useTransaction(uow -> uow.inbox().claimNext().ifPresent(c -> {
                if (n % 3 == 0) uow.inbox().recordFailure(c);
                else uow.inbox().finish(c, "done");
            }));
            var probes = new StorageProbes(storage);
            assertThat(probes.headsWithoutPendingRows()).isZero();
            assertThat(probes.pendingRowsWithoutHead()).isZero();
        }
        assertThat(pendingCount()).isZero();
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static InboxItem item(String team, String dedupKey, String orderingKey, String payload) {
        return new InboxItem(team, dedupKey, orderingKey, "message", payload);
    }

    private boolean enqueue(InboxItem item) {
        return storage.inTransaction(uow -> uow.inbox().enqueue(item));
    }

    /** Claims in a transaction of its own that commits without finishing the item. */
    private Optional<InboxRow> claim() {
        return storage.inTransaction(uow -> uow.inbox().claimNext().map(InboxQueue.Claimed::row));
    }

    private Optional<String> claimAndFinish() {
        return storage.inTransaction(uow -> {
            var row = uow.inbox().claimNext();
            row.ifPresent(r -> uow.inbox().finish(r, "answered"));
            return row.map(c -> c.row().payload());
        });
    }

    private boolean failOnce() {
        clock.advance(Duration.ofSeconds(10)); // past the backoff of the previous failure
        return storage.inTransaction(
                uow -> uow.inbox().recordFailure(uow.inbox().claimNext().orElseThrow()));
    }

    private long pendingCount() {
        return new StorageProbes(storage).pendingInboxCount();
    }

    /** One value, as text. */
    private String query(String sql) {
        return jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    private Jdbi jdbi() {
        return Jdbi.create(storage.dataSource());
    }

    /**
     * Another worker's transaction, on another thread and connection: it claims, then holds its claim
     * (and row lock) until released, then finishes the item and commits.
     */
    private HeldClaim holdClaim() {
        var claimed = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var row = new AtomicReference<Optional<InboxQueue.Claimed>>();
        Future<?> worker = otherWorker.submit(() -> storage.useTransaction(uow -> {
            row.set(uow.inbox().claimNext());
            claimed.countDown();
            awaitQuietly(release);
            row.get().ifPresent(r -> uow.inbox().finish(r, "answered"));
        }));
        awaitQuietly(claimed);
        return new HeldClaim(row.get().map(InboxQueue.Claimed::row), release, worker);
    }

    private record HeldClaim(Optional<InboxRow> row, CountDownLatch releaseLatch, Future<?> worker) {
        /** Lets the other worker finish and waits until it has committed. */
        void release() {
            releaseLatch.countDown();
            try {
                worker.get(10, SECONDS);
            } catch (Exception e) {
                throw new AssertionError("the other worker failed", e);
            }
        }
    }

    /** Waits, without sleeping, until the request has stored its item or waits on a database lock. */
    private void awaitStoredOrBlocked(Future<?> request) {
        long deadline = System.nanoTime() + SECONDS.toNanos(10);
        while (!request.isDone() && !someoneWaitsOnALock()) {
            if (System.nanoTime() > deadline) throw new AssertionError("the request neither stored nor blocked");
            Thread.onSpinWait();
        }
    }

    private boolean someoneWaitsOnALock() {
        return !query("""
                SELECT count(*) FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock'
                """).equals("0");
    }

    private static void get(Future<?> future) {
        try {
            future.get(10, SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the other thread failed", e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(10, SECONDS)) throw new IllegalStateException("the other thread never got there");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
