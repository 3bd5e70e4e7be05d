package dev.mlidea.storage;

import static dev.mlidea.storage.testing.Projects.aProject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.storage.testing.MutableClock;
import dev.mlidea.storage.testing.TestDatabase;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What /metrics shows of the queues: pending rows across workspaces and the age of the oldest. */
class QueueDepthsTest {
    private static String url;
    private MutableClock clock;
    private Storage storage;

    @BeforeAll
    static void createDatabase() {
        url = TestDatabase.freshDatabaseUrl();
    }

    @BeforeEach
    void openStorage() {
        clock = MutableClock.at("2024-05-06T10:00:00Z");
        storage = Storage.open(url, clock);
        Jdbi.create(storage.dataSource())
                .useHandle(h -> h.execute("TRUNCATE inbox, inbox_heads, outbox, outbox_heads, projects CASCADE"));
    }

    @AfterEach
    void closeStorage() {
        storage.close();
    }

    @Test
    void empty_queues_have_no_depth_and_no_age() {
        assertThat(storage.queueDepths()).isEqualTo(new QueueDepths(0, Duration.ZERO, 0, Duration.ZERO));
    }

    @Test
    void counts_pending_rows_of_every_workspace_and_ages_the_oldest_on_the_bots_clock() {
        storage.useTransaction(uow -> uow.inbox().enqueue(new InboxItem("T0ONE", "Ev1", "c1", "message", "{}")));
        clock.advance(Duration.ofSeconds(30));
        storage.useTransaction(uow -> uow.inbox().enqueue(new InboxItem("T0TWO", "Ev2", "c2", "message", "{}")));
        var project = aProject().build();
        storage.useTransaction(uow -> uow.projects().insert(project));
        storage.useTransaction(
                uow -> uow.outbox().send(OutboxMessage.forProject(project, OutboxKind.POST_CARD, "card", "[]")));
        clock.advance(Duration.ofSeconds(15));

        QueueDepths depths = storage.queueDepths();

        assertThat(depths.inbox()).isEqualTo(2);
        assertThat(depths.oldestInbox()).isEqualTo(Duration.ofSeconds(45));
        assertThat(depths.outbox()).isEqualTo(1);
        assertThat(depths.oldestOutbox()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void messages_held_until_the_bot_is_invited_are_not_counted() {
        var project = aProject().build();
        storage.useTransaction(uow -> uow.projects().insert(project));
        storage.useTransaction(
                uow -> uow.outbox().send(OutboxMessage.forProject(project, OutboxKind.POST_CARD, "card", "[]")));
        Jdbi.create(storage.dataSource()).useHandle(h -> h.execute("UPDATE projects SET delivery = 'awaiting_invite'"));

        assertThat(storage.queueDepths().outbox()).isZero();
    }
}
