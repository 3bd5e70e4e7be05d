package dev.mlidea.storage;

import static dev.mlidea.storage.testing.Projects.CHANNEL;
import static dev.mlidea.storage.testing.Projects.TEAM;
import static dev.mlidea.storage.testing.Projects.aProject;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.storage.testing.MutableClock;
import dev.mlidea.storage.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox: the Web API calls the bot owes, sent in order per project. */
class OutboxTest {
    private static final String CARD_TS = "1715000000.000100";
    private static String url;

    private MutableClock clock;
    private Storage storage;
    private ExecutorService otherDispatcher;

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
        otherDispatcher = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void closeStorage() {
        otherDispatcher.shutdownNow();
        storage.close();
    }

    // ---- order ---------------------------------------------------------------------------------

    @Test
    void a_projects_messages_are_claimed_in_the_order_they_were_owed() {
        var project = insert(aProject().build());
        send(message(project, OutboxKind.POST_CARD, "card"));
        send(message(project, OutboxKind.POST_IN_THREAD, "question 1"));
        send(message(project, OutboxKind.UPDATE_CARD, "card v2"));

        assertThat(claimAndMarkSent()).contains("card");
        assertThat(claimAndMarkSent()).contains("question 1");
        assertThat(claimAndMarkSent()).contains("card v2");
        assertThat(claimAndMarkSent()).isEmpty();
    }

    @Test
    void an_unsent_message_stays_first_in_its_projects_queue() {
        var project = insert(aProject().build());
        send(message(project, OutboxKind.POST_CARD, "card"));
        send(message(project, OutboxKind.POST_IN_THREAD, "question 1"));

        assertThat(claim()).map(OutboxRow::text).contains("card");
        assertThat(claim()).map(OutboxRow::text).contains("card");
    }

    @Test
    void a_second_dispatcher_skips_a_project_whose_head_is_being_sent_and_takes_another_projects_message()
            throws Exception {
        var first = insert(aProject().build());
        var second = insert(aProject().build());
        send(message(first, OutboxKind.POST_CARD, "first card"));
        send(message(first, OutboxKind.POST_IN_THREAD, "first question"));
        send(message(second, OutboxKind.POST_CARD, "second card"));

        var claimed = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        Future<Optional<String>> sending = otherDispatcher.submit(() -> storage.inTransaction(uow -> {
            var row = uow.outbox().claimNext();
            claimed.countDown();
            awaitQuietly(release);
            row.ifPresent(r -> uow.outbox().markSent(r, Optional.of(CARD_TS)));
            return row.map(OutboxRow::text);
        }));
        assertThat(claimed.await(10, SECONDS)).isTrue();
        Optional<String> meanwhile;
        Optional<String> afterThat;
        try {
            meanwhile = claimAndMarkSent();
            afterThat = claim().map(OutboxRow::text);
        } finally {
            release.countDown();
        }

        assertThat(sending.get(10, SECONDS)).contains("first card");
        assertThat(meanwhile).contains("second card");
        assertThat(afterThat).isEmpty();
        assertThat(claim()).map(OutboxRow::text).contains("first question");
    }

    @Test
    void messages_without_a_project_are_claimed_in_order_and_name_no_thread() {
        send(new OutboxMessage(
                TEAM,
                Optional.empty(),
                OutboxKind.POST_IN_THREAD,
                "D0ALICE",
                Optional.empty(),
                Optional.empty(),
                "welcome",
                Optional.empty()));
        send(new OutboxMessage(
                "T0GLOBEX",
                Optional.empty(),
                OutboxKind.POST_IN_THREAD,
                "D0BOB",
                Optional.empty(),
                Optional.empty(),
                "welcome too",
                Optional.empty()));

        var row = claim().orElseThrow();
        assertThat(row.teamId()).isEqualTo(TEAM);
        assertThat(row.projectId()).isEmpty();
        assertThat(row.channelId()).isEqualTo("D0ALICE");
        assertThat(row.cardTs()).isEmpty();
        assertThat(row.responseUrl()).isEmpty();
        assertThat(row.blocks()).isEmpty();

        assertThat(claimAndMarkSent()).contains("welcome");
        assertThat(claimAndMarkSent()).contains("welcome too");
    }

    // ---- awaiting an invite --------------------------------------------------------------------

    @Test
    void a_project_awaiting_an_invite_holds_its_messages_while_other_projects_send() {
        var waiting = insert(aProject().awaitingInvite().build());
        var posted = insert(aProject().posted(CARD_TS).build());
        send(message(waiting, OutboxKind.POST_CARD, "private card"));
        send(message(posted, OutboxKind.POST_IN_THREAD, "public question"));

        storage.useTransaction(
                uow -> uow.outbox().holdForInvite(uow.outbox().claimNext().orElseThrow()));

        assertThat(claimAndMarkSent()).contains("public question");
        assertThat(claimAndMarkSent()).isEmpty();

        storage.useTransaction(uow -> uow.outbox().release(TEAM, waiting.id()));

        assertThat(claimAndMarkSent()).contains("private card");
    }

    // ---- direct messages -----------------------------------------------------------------------

    @Test
    void a_direct_message_waiting_to_be_retried_does_not_hold_the_projects_thread() {
        var project = insert(aProject().posted(CARD_TS).build());
        send(OutboxMessage.direct(project, "U0STAKE01", "please sign off", "[]"));
        send(message(project, OutboxKind.POST_IN_THREAD, "question 1"));

        storage.useTransaction(uow -> {
            var dm = uow.outbox().claimNext().orElseThrow();
            assertThat(dm.kind()).isEqualTo(OutboxKind.DIRECT_MESSAGE);
            uow.outbox().rateLimited(dm, "conversations.open", uow.now().plus(Duration.ofMinutes(1)));
        });

        assertThat(claimAndMarkSent()).contains("question 1");
        assertThat(claim()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(claimAndMarkSent()).contains("please sign off");
    }

    @Test
    void direct_messages_to_one_person_go_in_order_and_another_persons_do_not_wait_for_them() {
        var project = insert(aProject().posted(CARD_TS).build());
        send(OutboxMessage.direct(project, "U0STAKE01", "first to stake", "[]"));
        send(OutboxMessage.direct(project, "U0STAKE01", "second to stake", "[]"));
        send(OutboxMessage.direct(project, "U0OTHER01", "to other", "[]"));

        storage.useTransaction(uow -> uow.outbox()
                .retryLater(
                        uow.outbox().claimNext().orElseThrow(),
                        uow.now().plus(Duration.ofMinutes(1)),
                        "internal_error",
                        true));

        assertThat(claimAndMarkSent()).contains("to other");
        assertThat(claim()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        var retried = claim().orElseThrow();
        assertThat(retried.text()).isEqualTo("first to stake");
        assertThat(retried.uncertain()).isTrue();
        assertThat(retried.userId()).contains("U0STAKE01");
        assertThat(retried.channelId()).isEqualTo(CHANNEL);
        assertThat(claimAndMarkSent()).contains("first to stake");
        assertThat(claimAndMarkSent()).contains("second to stake");
    }

    @Test
    void direct_messages_about_no_project_go_to_their_recipient_in_order() {
        send(OutboxMessage.dmTo(TEAM, "U0ASKED01", "choose a channel", "[]"));
        send(OutboxMessage.dmTo(TEAM, "U0ASKED01", "settings saved", "[]"));
        send(OutboxMessage.dmTo(TEAM, "U0OTHER01", "to other", "[]"));

        storage.useTransaction(uow -> uow.outbox()
                .retryLater(
                        uow.outbox().claimNext().orElseThrow(),
                        uow.now().plus(Duration.ofMinutes(1)),
                        "internal_error",
                        true));

        assertThat(claimAndMarkSent()).as("another person's does not wait").contains("to other");
        assertThat(claim()).as("the second waits behind the first").isEmpty();
        clock.advance(Duration.ofMinutes(1));
        var retried = claim().orElseThrow();
        assertThat(retried.kind()).isEqualTo(OutboxKind.DIRECT_MESSAGE);
        assertThat(retried.projectId()).isEmpty();
        assertThat(retried.userId()).contains("U0ASKED01");
        assertThat(retried.cardTs()).isEmpty();
        assertThat(claimAndMarkSent()).contains("choose a channel");
        assertThat(claimAndMarkSent()).contains("settings saved");
    }

    @Test
    void a_project_awaiting_an_invite_does_not_hold_its_direct_messages_and_its_release_leaves_them_alone() {
        var waiting = insert(aProject().awaitingInvite().build());
        send(message(waiting, OutboxKind.POST_CARD, "private card"));
        storage.useTransaction(
                uow -> uow.outbox().holdForInvite(uow.outbox().claimNext().orElseThrow()));
        send(OutboxMessage.direct(waiting, "U0STAKE01", "please sign off", "[]"));
        storage.useTransaction(uow -> uow.outbox()
                .retryLater(
                        uow.outbox().claimNext().orElseThrow(),
                        uow.now().plus(Duration.ofMinutes(1)),
                        "internal_error",
                        true));

        storage.useTransaction(uow -> uow.outbox().release(TEAM, waiting.id()));

        assertThat(claimAndMarkSent()).contains("private card");
        assertThat(claim()).isEmpty();
    }

    // ---- not before ----------------------------------------------------------------------------

    @Test
    void a_message_retried_later_is_not_claimed_until_the_clock_passes_its_time() {
        var project = insert(aProject().build());
        send(message(project, OutboxKind.POST_CARD, "card"));
        send(message(project, OutboxKind.POST_IN_THREAD, "question 1"));

        storage.useTransaction(uow -> uow.outbox()
                .retryLater(
                        uow.outbox().claimNext().orElseThrow(),
                        uow.now().plus(Duration.ofSeconds(30)),
                        "ratelimited",
                        false));

        assertThat(claim()).isEmpty();
        clock.advance(Duration.ofSeconds(29));
        assertThat(claim()).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        var again = claim().orElseThrow();
        assertThat(again.text()).isEqualTo("card");
        assertThat(again.attempts()).isEqualTo(1);
    }

    @Test
    void a_message_waiting_to_be_retried_does_not_hold_up_other_projects() {
        var slow = insert(aProject().build());
        var other = insert(aProject().build());
        send(message(slow, OutboxKind.POST_CARD, "slow card"));
        send(message(other, OutboxKind.POST_CARD, "other card"));

        storage.useTransaction(uow -> uow.outbox()
                .retryLater(
                        uow.outbox().claimNext().orElseThrow(),
                        uow.now().plus(Duration.ofMinutes(1)),
                        "ratelimited",
                        false));

        assertThat(claimAndMarkSent()).contains("other card");
    }

    @Test
    void retrying_later_counts_the_attempt_and_keeps_the_error_code() {
        var project = insert(aProject().build());
        send(message(project, OutboxKind.POST_CARD, "card"));

        for (int i = 0; i < 2; i++) {
            storage.useTransaction(uow -> uow.outbox()
                    .retryLater(
                            uow.outbox().claimNext().orElseThrow(),
                            uow.now(),
                            "java.net.SocketTimeoutException",
                            false));
        }

        assertThat(claim().orElseThrow().attempts()).isEqualTo(2);
        assertThat(column("last_error")).isEqualTo("java.net.SocketTimeoutException");
        assertThat(outboxOf(project))
                .containsExactly(new StorageProbes.SentMessage(OutboxKind.POST_CARD, "pending", Optional.empty()));
    }

    // ---- superseded ----------------------------------------------------------------------------

    @Test
    void a_card_update_is_superseded_by_a_newer_pending_update_of_the_same_card() {
        var project = insert(aProject().posted(CARD_TS).build());
        send(message(project, OutboxKind.UPDATE_CARD, "card v2"));
        send(message(project, OutboxKind.UPDATE_CARD, "card v3"));

        storage.useTransaction(uow -> {
            var older = uow.outbox().claimNext().orElseThrow();
            assertThat(older.text()).isEqualTo("card v2");
            assertThat(uow.outbox().isSuperseded(older)).isTrue();
            uow.outbox().markSuperseded(older);
        });
        storage.useTransaction(uow -> {
            var newest = uow.outbox().claimNext().orElseThrow();
            assertThat(newest.text()).isEqualTo("card v3");
            assertThat(uow.outbox().isSuperseded(newest)).isFalse();
            uow.outbox().markSent(newest, Optional.of(CARD_TS));
        });

        assertThat(outboxOf(project))
                .containsExactly(
                        new StorageProbes.SentMessage(OutboxKind.UPDATE_CARD, "superseded", Optional.empty()),
                        new StorageProbes.SentMessage(OutboxKind.UPDATE_CARD, "sent", Optional.of(CARD_TS)));
    }

    @Test
    void only_a_newer_update_of_the_same_card_supersedes() {
        var project = insert(aProject().posted(CARD_TS).build());
        var other = insert(aProject().posted("1715000000.000200").build());
        send(message(project, OutboxKind.UPDATE_CARD, "card v2"));
        send(message(project, OutboxKind.POST_IN_THREAD, "question 2"));
        send(message(other, OutboxKind.UPDATE_CARD, "other card v2"));

        assertThat(firstClaimIsSuperseded()).isFalse();
    }

    @Test
    void a_question_update_is_superseded_by_a_newer_update_of_the_same_question_message() {
        var project = insert(aProject().posted(CARD_TS).build());
        send(message(project, OutboxKind.UPDATE_QUESTION, "question 2"));
        send(message(project, OutboxKind.UPDATE_CARD, "card 2/8"));
        send(message(project, OutboxKind.UPDATE_QUESTION, "question 3"));

        assertThat(firstClaimIsSuperseded()).isTrue();
    }

    @Test
    void a_new_question_message_between_two_updates_keeps_the_older_update() {
        // The first update edits the old question message, the second the new one: both must be sent.
        var project = insert(aProject().posted(CARD_TS).build());
        send(message(project, OutboxKind.UPDATE_QUESTION, "summary"));
        send(message(project, OutboxKind.POST_QUESTION, "edit: question 4"));
        send(message(project, OutboxKind.UPDATE_QUESTION, "changed"));

        assertThat(firstClaimIsSuperseded()).isFalse();
    }

    @Test
    void a_posted_question_message_is_remembered_and_named_by_the_rows_that_edit_it() {
        var project = insert(aProject().posted(CARD_TS).build());
        send(message(project, OutboxKind.POST_QUESTION, "question 1"));
        send(message(project, OutboxKind.UPDATE_QUESTION, "question 2"));
        storage.useTransaction(uow -> {
            var post = uow.outbox().claimNext().orElseThrow();
            assertThat(post.questionTs()).isEmpty();
            uow.projects().questionPosted(post.teamId(), project.id(), "1715000000.000777");
            uow.outbox().markSent(post, Optional.of("1715000000.000777"));
        });

        var update = claim().orElseThrow();

        assertThat(update.kind()).isEqualTo(OutboxKind.UPDATE_QUESTION);
        assertThat(update.questionTs()).contains("1715000000.000777");
        assertThat(update.cardTs()).contains(CARD_TS);
    }

    @Test
    void thread_messages_are_never_superseded() {
        var project = insert(aProject().posted(CARD_TS).build());
        send(message(project, OutboxKind.POST_IN_THREAD, "question 1"));
        send(message(project, OutboxKind.POST_IN_THREAD, "question 2"));
        send(message(project, OutboxKind.UPDATE_CARD, "card v2"));

        assertThat(firstClaimIsSuperseded()).isFalse();
    }

    // ---- sent and failed -----------------------------------------------------------------------

    @Test
    void a_sent_message_records_slacks_ts_and_is_not_claimed_again() {
        var project = insert(aProject().build());
        send(message(project, OutboxKind.POST_CARD, "card"));
        clock.advance(Duration.ofSeconds(3));

        storage.useTransaction(
                uow -> uow.outbox().markSent(uow.outbox().claimNext().orElseThrow(), Optional.of(CARD_TS)));

        assertThat(outboxOf(project))
                .containsExactly(new StorageProbes.SentMessage(OutboxKind.POST_CARD, "sent", Optional.of(CARD_TS)));
        assertThat(column("attempts")).isEqualTo("1");
        assertThat(column("sent_at")).isEqualTo(timestamp(clock.instant()));
        assertThat(claim()).isEmpty();
    }

    @Test
    void an_ephemeral_message_is_sent_without_a_ts() {
        var project = insert(aProject().posted(CARD_TS).build());
        send(OutboxMessage.ephemeral(project, "U0BOB", "only you can see this", null));

        var row = claim().orElseThrow();
        assertThat(row.kind()).isEqualTo(OutboxKind.EPHEMERAL_IN_THREAD);
        assertThat(row.userId()).contains("U0BOB");
        assertThat(row.blocks()).isEmpty();
        storage.useTransaction(uow -> uow.outbox().markSent(row, Optional.empty()));

        assertThat(outboxOf(project))
                .containsExactly(
                        new StorageProbes.SentMessage(OutboxKind.EPHEMERAL_IN_THREAD, "sent", Optional.empty()));
    }

    @Test
    void a_failed_message_is_set_aside_and_the_projects_next_message_goes_out() {
        var project = insert(aProject().posted(CARD_TS).build());
        send(message(project, OutboxKind.POST_IN_THREAD, "question 1"));
        send(message(project, OutboxKind.POST_IN_THREAD, "question 2"));

        storage.useTransaction(
                uow -> uow.outbox().markFailed(uow.outbox().claimNext().orElseThrow(), "msg_too_long"));

        assertThat(claimAndMarkSent()).contains("question 2");
        assertThat(outboxOf(project))
                .containsExactly(
                        new StorageProbes.SentMessage(OutboxKind.POST_IN_THREAD, "failed", Optional.empty()),
                        new StorageProbes.SentMessage(OutboxKind.POST_IN_THREAD, "sent", Optional.of(CARD_TS)));
        assertThat(query("SELECT last_error || ':' || attempts FROM outbox WHERE status = 'failed'"))
                .isEqualTo("msg_too_long:1");
    }

    @Test
    void another_team_cannot_mark_a_message_sent() {
        var project = insert(aProject().build());
        send(message(project, OutboxKind.POST_CARD, "card"));
        var row = claim().orElseThrow();
        var forged = new OutboxRow(
                row.id(),
                "T0GLOBEX",
                row.projectId(),
                row.lane(),
                row.kind(),
                row.channelId(),
                row.userId(),
                row.text(),
                row.blocks(),
                row.attempts(),
                row.uncertain(),
                row.createdAt(),
                row.cardTs(),
                row.responseUrl(),
                row.questionTs(),
                row.summaryKey());

        storage.useTransaction(uow -> uow.outbox().markSent(forged, Optional.of(CARD_TS)));
        storage.useTransaction(uow -> uow.outbox().markFailed(forged, "forged"));

        assertThat(claim()).map(OutboxRow::text).contains("card");
    }

    // ---- what the dispatcher needs --------------------------------------------------------------

    @Test
    void a_claimed_message_carries_its_projects_card_ts_and_response_url() {
        var project = insert(aProject()
                .responseUrl("https://hooks.slack.com/commands/T0ACME/1/abc")
                .build());
        send(message(project, OutboxKind.POST_CARD, "card"));
        send(message(project, OutboxKind.POST_IN_THREAD, "question 1"));

        var card = claim().orElseThrow();
        assertThat(card.cardTs()).isEmpty();
        assertThat(card.responseUrl()).contains("https://hooks.slack.com/commands/T0ACME/1/abc");
        storage.useTransaction(uow -> {
            uow.outbox().markSent(card, Optional.of(CARD_TS));
            uow.projects().cardPosted(TEAM, project.id(), CARD_TS);
        });

        var question = claim().orElseThrow();
        assertThat(question.id()).isGreaterThan(card.id());
        assertThat(question.teamId()).isEqualTo(TEAM);
        assertThat(question.projectId()).contains(project.id());
        assertThat(question.kind()).isEqualTo(OutboxKind.POST_IN_THREAD);
        assertThat(question.channelId()).isEqualTo(CHANNEL);
        assertThat(question.userId()).isEmpty();
        assertThat(question.text()).isEqualTo("question 1");
        assertThat(question.blocks()).contains("[{\"type\":\"section\"}]");
        assertThat(question.attempts()).isZero();
        assertThat(question.cardTs()).contains(CARD_TS);
        assertThat(question.responseUrl()).contains("https://hooks.slack.com/commands/T0ACME/1/abc");
    }

    @Test
    void a_claimed_message_carries_the_projects_newest_response_url() {
        var project = insert(aProject()
                .responseUrl("https://hooks.slack.com/commands/T0ACME/1/old")
                .build());
        send(message(project, OutboxKind.POST_CARD, "card"));
        storage.useTransaction(uow ->
                uow.projects().updateResponseUrl(TEAM, project.id(), "https://hooks.slack.com/commands/T0ACME/2/new"));

        assertThat(claim().orElseThrow().responseUrl()).contains("https://hooks.slack.com/commands/T0ACME/2/new");
    }

    @Test
    void a_response_to_a_slash_command_carries_its_own_response_url_and_waits_for_no_project() {
        var waiting = insert(aProject().awaitingInvite().build());
        send(message(waiting, OutboxKind.POST_CARD, "private card"));
        storage.useTransaction(
                uow -> uow.outbox().holdForInvite(uow.outbox().claimNext().orElseThrow()));
        send(OutboxMessage.respond(
                TEAM,
                "C0SECRET",
                "https://hooks.slack.com/commands/T0ACME/9/xyz",
                "I need an invite to post there",
                null));

        var row = claim().orElseThrow();
        assertThat(row.kind()).isEqualTo(OutboxKind.RESPOND);
        assertThat(row.projectId()).isEmpty();
        assertThat(row.channelId()).isEqualTo("C0SECRET");
        assertThat(row.text()).isEqualTo("I need an invite to post there");
        assertThat(row.blocks()).isEmpty();
        assertThat(row.cardTs()).isEmpty();
        assertThat(row.responseUrl()).contains("https://hooks.slack.com/commands/T0ACME/9/xyz");
    }

    @Test
    void a_messages_own_response_url_wins_over_its_projects() {
        var project = insert(aProject()
                .responseUrl("https://hooks.slack.com/commands/T0ACME/1/project")
                .build());
        send(new OutboxMessage(
                TEAM,
                Optional.of(project.id()),
                OutboxKind.RESPOND,
                CHANNEL,
                Optional.empty(),
                Optional.of("https://hooks.slack.com/commands/T0ACME/2/own"),
                "only you can see this",
                Optional.empty()));

        assertThat(claim().orElseThrow().responseUrl()).contains("https://hooks.slack.com/commands/T0ACME/2/own");
    }

    @Test
    void responses_without_a_project_do_not_wait_for_each_other() {
        send(OutboxMessage.respond(TEAM, "C0ONE", "https://hooks.slack.com/commands/T0ACME/1/a", "first", null));
        send(OutboxMessage.respond(TEAM, "C0TWO", "https://hooks.slack.com/commands/T0ACME/2/b", "second", null));

        assertThat(claim()).map(OutboxRow::text).contains("first");
        storage.useTransaction(uow -> uow.outbox()
                .retryLater(
                        uow.outbox().claimNext().orElseThrow(),
                        uow.now().plus(Duration.ofMinutes(1)),
                        "ratelimited",
                        false));
        assertThat(claim()).map(OutboxRow::text).contains("second");
    }

    // ---- leases --------------------------------------------------------------------------------

    @Test
    void transactions_in_one_session_share_its_connection_and_each_commits() {
        send(message(insert(aProject().build()), OutboxKind.POST_CARD, "first card"));
        send(message(insert(aProject().build()), OutboxKind.POST_CARD, "second card"));

        var leasedBy = storage.inSession(() -> {
            leaseNext();
            leaseNext();
            // Both committed: another connection sees both leases.
            return query("SELECT string_agg(DISTINCT leased_by::text, ',') FROM outbox_heads");
        });

        assertThat(leasedBy).doesNotContain(",").isNotBlank();
    }

    @Test
    void a_leased_lane_is_not_claimed_again_while_its_lease_runs() {
        var project = insert(aProject().build());
        send(message(project, OutboxKind.POST_CARD, "card"));

        storage.inSession(() -> {
            leaseNext();
            assertThat(claim()).isEmpty();
            return null;
        });
        clock.advance(OutboxQueue.LEASE);

        var again = claim().orElseThrow();
        assertThat(again.text()).isEqualTo("card");
        assertThat(again.uncertain())
                .as("it may have been posted: look before posting again")
                .isTrue();
    }

    @Test
    void a_lane_leased_by_a_dispatcher_whose_session_died_is_taken_over_at_once() {
        var project = insert(aProject().build());
        send(message(project, OutboxKind.POST_CARD, "card"));
        storage.inSession(this::leaseNext);
        assertThat(claim()).as("its session is alive (pooled)").isEmpty();

        // The process died: the database ends its sessions.
        // (From a connection of its own: a pooled one could be the leasing session itself.)
        Jdbi.create(url).useHandle(h -> h.execute("SELECT pg_terminate_backend(leased_by) FROM outbox_heads"));

        Optional<OutboxRow> taken;
        try {
            taken = claim();
        } catch (RuntimeException pooledConnectionWasTheTerminatedOne) {
            taken = claim();
        }
        assertThat(taken).map(OutboxRow::text).contains("card");
    }

    @Test
    void a_dispatcher_whose_lease_ran_out_and_was_taken_over_records_nothing() {
        var project = insert(aProject().posted(CARD_TS).build());
        send(message(project, OutboxKind.POST_IN_THREAD, "question 1"));
        send(message(project, OutboxKind.POST_IN_THREAD, "question 2"));
        var taken = new java.util.concurrent.atomic.AtomicReference<OutboxRow>();
        var firstId = new java.util.concurrent.atomic.AtomicLong();
        boolean recorded = storage.inSession(() -> {
            var first = storage.inTransaction(uow -> {
                var row = uow.outbox().claimNext().orElseThrow();
                uow.outbox().lease(row, true);
                return row;
            });
            firstId.set(first.id());
            // This dispatcher is slow: its lease runs out and another one (another session) takes the lane.
            clock.advance(OutboxQueue.LEASE.plusSeconds(1));
            get(otherDispatcher.submit(() -> storage.inSession(() -> {
                storage.useTransaction(uow -> {
                    var row = uow.outbox().claimNext().orElseThrow();
                    uow.outbox().lease(row, true);
                    taken.set(row);
                });
                return null;
            })));
            return storage.inTransaction(uow -> uow.outbox().markSent(first, Optional.of(CARD_TS)));
        });

        assertThat(taken.get().id()).isEqualTo(firstId.get());
        assertThat(recorded).isFalse();
        assertThat(outboxOf(project))
                .extracting(StorageProbes.SentMessage::status)
                .containsExactly("pending", "pending");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private ProjectRecord insert(ProjectRecord project) {
        storage.useTransaction(uow -> uow.projects().insert(project));
        return project;
    }

    private static OutboxMessage message(ProjectRecord project, OutboxKind kind, String text) {
        return OutboxMessage.forProject(project, kind, text, "[{\"type\":\"section\"}]");
    }

    private void send(OutboxMessage message) {
        storage.useTransaction(uow -> uow.outbox().send(message));
    }

    /** Claims in a transaction of its own that commits without sending. */
    private Optional<OutboxRow> claim() {
        return storage.inTransaction(uow -> uow.outbox().claimNext());
    }

    private Optional<String> claimAndMarkSent() {
        return storage.inTransaction(uow -> {
            var row = uow.outbox().claimNext();
            row.ifPresent(r -> uow.outbox().markSent(r, Optional.of(CARD_TS)));
            return row.map(OutboxRow::text);
        });
    }

    private List<StorageProbes.SentMessage> outboxOf(ProjectRecord project) {
        return new StorageProbes(storage).outboxOf(project.teamId(), project.id());
    }

    private boolean firstClaimIsSuperseded() {
        return storage.inTransaction(
                uow -> uow.outbox().isSuperseded(uow.outbox().claimNext().orElseThrow()));
    }

    /** One column of the only outbox row, as PostgreSQL prints it. */
    private String column(String name) {
        return query("SELECT " + name + "::text FROM outbox");
    }

    private String query(String sql) {
        return jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    /** How PostgreSQL prints a timestamptz in the test server's zone. */
    private String timestamp(Instant instant) {
        return jdbi().withHandle(h -> h.createQuery("SELECT CAST(:at AS timestamptz)::text")
                .bind("at", instant.atOffset(ZoneOffset.UTC))
                .mapTo(String.class)
                .one());
    }

    /** Claims the next lane and leases it, in a transaction of its own; returns the leased row. */
    private OutboxRow leaseNext() {
        return storage.inTransaction(uow -> {
            var row = uow.outbox().claimNext().orElseThrow();
            uow.outbox().lease(row, true);
            return row;
        });
    }

    private Jdbi jdbi() {
        return Jdbi.create(storage.dataSource());
    }

    private static void get(Future<?> future) {
        try {
            future.get(10, SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the other dispatcher failed", e);
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
