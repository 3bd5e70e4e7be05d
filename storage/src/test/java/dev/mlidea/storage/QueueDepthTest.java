package dev.mlidea.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.storage.testing.MutableClock;
import dev.mlidea.storage.testing.TestDatabase;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The inbox at depth: 200,000 requests waiting over 1,000 conversations and 100,000 more in one. A
 * claim must cost the same few pages whatever the depth, with statistics or without, before and after
 * part of the backlog is handled (handled rows leave dead index entries behind until a vacuum). Cost
 * is read from PostgreSQL's buffer counts, not from a clock, so the test cannot flake on a slow machine.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QueueDepthTest {
    private static final String TEAM = "T0DEEP";
    private static final String DEEP = "thread:C0FLOOD:1";
    /** Pages one claim may touch: a handful of index and heap pages, nowhere near the queue's size. */
    private static final long MAX_PAGES_PER_CLAIM = 60;

    private static final Pattern BUFFERS = Pattern.compile("Buffers: shared(?: hit=(\\d+))?(?: read=(\\d+))?");

    private static Storage storage;
    private static Jdbi jdbi;
    private static final MutableClock clock = MutableClock.at("2026-11-27T09:00:00Z");

    @BeforeAll
    static void seed() {
        storage = Storage.open(TestDatabase.freshDatabaseUrl(), clock);
        jdbi = new StorageProbes(storage).jdbi();
        jdbi.useTransaction(h -> {
            // Rows as enqueue writes them: 200 per conversation, interleaved as a busy workspace would be.
            h.createUpdate("""
                            INSERT INTO inbox (team_id, dedup_key, ordering_key, kind, payload, received_at, not_before)
                            SELECT :team, 'wide:' || n, 'thread:C0WIDE:' || (n % 1000), 'THREAD_REPLY', '{}', :at, :at
                            FROM generate_series(1, 200000) n
                            """)
                    .bind("team", TEAM)
                    .bind("at", clock.instant().atOffset(java.time.ZoneOffset.UTC))
                    .execute();
            h.createUpdate("""
                            INSERT INTO inbox (team_id, dedup_key, ordering_key, kind, payload, received_at, not_before)
                            SELECT :team, 'deep:' || n, :deep, 'THREAD_REPLY', '{}', :at, :at
                            FROM generate_series(1, 100000) n
                            """)
                    .bind("team", TEAM)
                    .bind("deep", DEEP)
                    .bind("at", clock.instant().atOffset(java.time.ZoneOffset.UTC))
                    .execute();
            h.execute("""
                    INSERT INTO inbox_heads (team_id, ordering_key, next_id, not_before)
                    SELECT team_id, ordering_key, min(id), min(not_before) FROM inbox
                    WHERE processed_at IS NULL GROUP BY team_id, ordering_key ORDER BY min(id)
                    """);
        });
    }

    @AfterAll
    static void close() {
        storage.close();
    }

    @Test
    @Order(1)
    void a_claim_touches_a_few_pages_at_a_depth_of_300000_without_statistics() {
        assertThat(pagesPerClaim()).isLessThan(MAX_PAGES_PER_CLAIM);
    }

    @Test
    @Order(2)
    void conversations_take_turns_so_a_flooded_thread_holds_no_one_else_back() {
        var seen = new HashSet<String>();
        var lastIdOf = new HashMap<String, Long>();
        // One full round: every waiting conversation gets a turn before any gets a second one.
        for (int i = 0; i < 1001; i++) {
            var claimed = claimAndFinish();
            assertThat(seen.add(claimed.orderingKey()))
                    .as("claim %d went to %s a second time before the others had a turn", i, claimed.orderingKey())
                    .isTrue();
            lastIdOf.put(claimed.orderingKey(), claimed.row().id());
        }
        assertThat(seen).hasSize(1001).contains(DEEP);

        // A reply in a quiet conversation, stored now, waits at most one round, not for the backlog.
        storage.useTransaction(
                uow -> uow.inbox().enqueue(new InboxItem(TEAM, "late", "thread:C0QUIET:1", "THREAD_REPLY", "{}")));
        int claims = 0;
        while (!claimAndFinish().orderingKey().equals("thread:C0QUIET:1")) claims++;
        assertThat(claims).isLessThanOrEqualTo(1001);
        assertOrderKept(lastIdOf, 2000);
    }

    @Test
    @Order(3)
    void a_claim_still_touches_a_few_pages_after_thousands_of_handled_rows_and_with_statistics() {
        // Drain a stretch of the deep conversation: its handled rows stay in the index until a vacuum.
        jdbi.useHandle(h -> h.execute("UPDATE inbox_heads SET turn = -1 WHERE ordering_key = '" + DEEP + "'"));
        for (int i = 0; i < 3000; i++) {
            storage.useTransaction(uow -> {
                var claimed = uow.inbox().claimNext().orElseThrow();
                uow.inbox().finish(claimed, "done");
            });
            jdbi.useHandle(h -> h.execute("UPDATE inbox_heads SET turn = -1 WHERE ordering_key = '" + DEEP + "'"));
        }
        assertThat(pagesPerClaim()).isLessThan(MAX_PAGES_PER_CLAIM);
        jdbi.useHandle(h -> h.execute("ANALYZE inbox; ANALYZE inbox_heads"));
        assertThat(pagesPerClaim()).isLessThan(MAX_PAGES_PER_CLAIM);
    }

    private InboxQueue.Claimed claimAndFinish() {
        return storage.inTransaction(uow -> {
            var claimed = uow.inbox().claimNext().orElseThrow();
            uow.inbox().finish(claimed, "done");
            return claimed;
        });
    }

    /** Keeps claiming and checks that each conversation's rows come out in id order. */
    private void assertOrderKept(Map<String, Long> lastIdOf, int claims) {
        for (int i = 0; i < claims; i++) {
            var claimed = claimAndFinish();
            Long before = lastIdOf.put(claimed.orderingKey(), claimed.row().id());
            if (before != null) assertThat(claimed.row().id()).isGreaterThan(before);
        }
    }

    /**
     * Shared buffers (hit or read) of the two statements of a claim, the head and then its row, as
     * EXPLAIN ANALYZE counts them, in a transaction that is rolled back.
     */
    private static long pagesPerClaim() {
        return jdbi.inTransaction(h -> {
            try {
                Instant now = clock.instant();
                var head = h.createQuery(sql("claimHead"))
                        .bind("now", now.atOffset(java.time.ZoneOffset.UTC))
                        .map((rs, ctx) -> Map.entry(rs.getString("ordering_key"), rs.getLong("next_id")))
                        .one();
                long pages = buffers(h, sql("claimHead"), Map.of("now", now));
                pages += buffers(
                        h,
                        sql("firstPending"),
                        Map.of("team", TEAM, "ordering", head.getKey(), "from", head.getValue()));
                return pages;
            } finally {
                h.rollback();
            }
        });
    }

    private static long buffers(Handle h, String sql, Map<String, Object> params) {
        var query = h.createQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql);
        params.forEach((k, v) -> query.bind(k, v instanceof Instant i ? i.atOffset(java.time.ZoneOffset.UTC) : v));
        // The first "Buffers:" line belongs to the top node, which counts its children's too.
        String plan = String.join("\n", query.mapTo(String.class).list());
        var buffers = BUFFERS.matcher(plan);
        assertThat(buffers.find()).as("buffers in %s", plan).isTrue();
        long hit = buffers.group(1) == null ? 0 : Long.parseLong(buffers.group(1));
        long read = buffers.group(2) == null ? 0 : Long.parseLong(buffers.group(2));
        return hit + read;
    }

    private static String sql(String method) {
        for (var m : InboxDao.class.getDeclaredMethods()) {
            if (m.getName().equals(method))
                return m.getAnnotation(SqlQuery.class).value();
        }
        throw new IllegalArgumentException(method);
    }
}
