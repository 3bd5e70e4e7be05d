package dev.mlidea.storage;

import static dev.mlidea.storage.testing.Projects.CHANNEL;
import static dev.mlidea.storage.testing.Projects.CREATED;
import static dev.mlidea.storage.testing.Projects.PROPOSER;
import static dev.mlidea.storage.testing.Projects.TEAM;
import static dev.mlidea.storage.testing.Projects.aProject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.IntakeMode;
import dev.mlidea.conversations.intake.IntakeState;
import dev.mlidea.conversations.intake.IntakeStatus;
import dev.mlidea.storage.testing.MutableClock;
import dev.mlidea.storage.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The project methods of {@link UnitOfWork}, against a real PostgreSQL. */
class ProjectStoreTest {
    private static final String OTHER_TEAM = "T0GLOBEX";
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
                .useHandle(
                        h -> h.execute(
                                "TRUNCATE inbox, inbox_heads, outbox, outbox_heads, slack_rate_limits, answers, projects CASCADE"));
    }

    @AfterEach
    void closeStorage() {
        storage.close();
    }

    // ---- insert and find -----------------------------------------------------------------------

    @Test
    void a_project_reads_back_exactly_as_inserted_with_every_kind_of_answer() {
        var project = aProject()
                .ownedBy(PROPOSER, "U0BOB")
                .titled("Prévoir le churn — 顧客離脱の予測 🚀")
                .answered(
                        "problem",
                        new Answer.Text("Customers leave, quietly; we notice late, sometimes never. Ünïcödé ✓ 日本語"))
                .answered("automated_today", new Answer.Picked("partly"))
                .answered("confidence", new Answer.Scale(4))
                .answered("signals_none", new Answer.Picks(Set.of()))
                .answered("signals", new Answer.Picks(Set.of("software_2", "clicks", "labels")))
                .answered("stakeholders", new Answer.People(List.of("U0CAROL", "U0ALICE", "U0DAVE")))
                .answered("budget", new Answer.Skipped())
                .asking("data_sources")
                .ticked("warehouse", "crm")
                .posted("1715000000.000100")
                .responseUrl("https://hooks.slack.com/commands/T0ACME/1/abc")
                .lastActivityAt(Instant.parse("2024-05-06T09:30:00Z"))
                .build();

        insert(project);

        assertThat(find(TEAM, project.id())).contains(project);
    }

    @Test
    void a_quick_intake_keeps_its_mode_and_its_live_question_message() {
        var project = aProject()
                .mode(IntakeMode.QUICK)
                .asking("problem")
                .posted("1715000000.000100")
                .build();
        insert(project);

        storage.useTransaction(uow -> uow.projects().questionPosted(TEAM, project.id(), "1715000000.000555"));
        var found = find(TEAM, project.id()).orElseThrow();

        assertThat(found.intake().mode()).isEqualTo(IntakeMode.QUICK);
        assertThat(found.questionTs()).contains("1715000000.000555");
        var more = found.withIntake(new IntakeState(
                IntakeStatus.IN_PROGRESS, IntakeMode.FULL, found.intake().answers(), Optional.of("ethics"), Set.of()));
        storage.useTransaction(uow -> uow.projects().save(more, PROPOSER));
        assertThat(find(TEAM, project.id()).orElseThrow().intake().mode()).isEqualTo(IntakeMode.FULL);
    }

    @Test
    void a_workspaces_projects_are_listed_without_their_answers_and_without_other_teams() {
        var mine = aProject().answered("problem", new Answer.Text("Churn")).build();
        insert(mine);
        insert(aProject().inTeam(OTHER_TEAM).build());
        // An answer no build can read must not stop the list: commands look projects up by title.
        new StorageProbes(storage)
                .jdbi()
                .useHandle(h -> h.execute(
                        "UPDATE answers SET kind = 'scale', value = 'not a number' WHERE project_id = ?", mine.id()));

        var listed = storage.inTransaction(uow -> uow.projects().listWithoutAnswers(TEAM));

        assertThat(listed).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(mine.id());
            assertThat(p.intake().answers().byKey()).isEmpty();
        });
    }

    @Test
    void owners_are_saved_without_counting_as_activity_and_only_in_the_projects_own_team() {
        var project = aProject()
                .ownedBy(PROPOSER)
                .lastActivityAt(Instant.parse("2024-05-06T09:30:00Z"))
                .build();
        insert(project);

        storage.useTransaction(uow -> uow.projects().saveOwners(project.withOwners(List.of(PROPOSER, "U0BOB"))));
        var forged = new ProjectRecord(
                project.id(),
                OTHER_TEAM,
                CHANNEL,
                "U0MALLORY",
                List.of("U0MALLORY"),
                "x",
                true,
                project.intake(),
                Delivery.POSTED,
                Optional.empty(),
                Optional.empty(),
                project.createdAt(),
                project.lastActivityAt(),
                Optional.empty());
        storage.useTransaction(uow -> uow.projects().saveOwners(forged));

        var found = find(TEAM, project.id()).orElseThrow();
        assertThat(found.owners()).containsExactly(PROPOSER, "U0BOB");
        assertThat(found.lastActivityAt()).isEqualTo(project.lastActivityAt());
    }

    @Test
    void a_project_with_nothing_optional_reads_back_exactly_as_inserted() {
        var project = aProject().untitled("Untitled idea").ownedBy().completed().build();

        insert(project);

        var found = find(TEAM, project.id()).orElseThrow();
        assertThat(found).isEqualTo(project);
        assertThat(found.cardTs()).isEmpty();
        assertThat(found.responseUrl()).isEmpty();
        assertThat(found.intake().answers().byKey()).isEmpty();
        assertThat(found.intake().draft()).isEmpty();
    }

    @Test
    void every_intake_status_and_delivery_round_trips() {
        var cancelled = aProject().cancelled().awaitingInvite().build();
        var completed = aProject().completed().delivery(Delivery.POSTED).build();
        var inProgress = aProject().asking("impact").delivery(Delivery.PENDING).build();

        insert(cancelled);
        insert(completed);
        insert(inProgress);

        assertThat(find(TEAM, cancelled.id())).contains(cancelled);
        assertThat(find(TEAM, completed.id())).contains(completed);
        assertThat(find(TEAM, inProgress.id())).contains(inProgress);
    }

    @Test
    void text_answers_that_look_like_lists_stay_one_text() {
        var project = aProject()
                .answered("problem", new Answer.Text("a,b,,c,"))
                .answered("goal", new Answer.Text(","))
                .build();

        insert(project);

        assertThat(find(TEAM, project.id()).orElseThrow().intake().answers().text("problem"))
                .contains("a,b,,c,");
        assertThat(find(TEAM, project.id()).orElseThrow().intake().answers().text("goal"))
                .contains(",");
    }

    @Test
    void inserted_answers_are_credited_to_the_proposer() {
        var project = aProject()
                .answered("problem", new Answer.Text("Churn"))
                .answered("budget", new Answer.Skipped())
                .build();

        insert(project);

        assertThat(storedAnswers(TEAM, project.id()))
                .containsExactly(
                        new StorageProbes.StoredAnswer("budget", new Answer.Skipped(), PROPOSER),
                        new StorageProbes.StoredAnswer("problem", new Answer.Text("Churn"), PROPOSER));
    }

    @Test
    void another_team_cannot_find_or_lock_a_project_by_its_id() {
        var project = aProject().build();
        insert(project);

        assertThat(find(OTHER_TEAM, project.id())).isEmpty();
        assertThat(lockProject(OTHER_TEAM, project.id())).isEmpty();
        assertThat(lockProject(TEAM, project.id())).contains(project);
        assertThat(projects(OTHER_TEAM)).isEmpty();
        assertThat(storedAnswers(OTHER_TEAM, project.id())).isEmpty();
    }

    @Test
    void projects_lists_a_teams_projects_oldest_first() {
        var newer = aProject().createdAt(hoursLater(2)).build();
        var older = aProject().createdAt(hoursLater(1)).build();
        var elsewhere = aProject().inTeam(OTHER_TEAM).build();
        insert(newer);
        insert(older);
        insert(elsewhere);

        assertThat(projects(TEAM)).containsExactly(older, newer);
    }

    // ---- by thread ------------------------------------------------------------------------------

    @Test
    void a_project_is_found_by_the_thread_of_its_card() {
        var project = aProject().posted("1715000000.000100").build();
        insert(project);
        insert(aProject().posted("1715000000.000200").build());

        assertThat(lockByThread(TEAM, CHANNEL, "1715000000.000100")).contains(project);
    }

    @Test
    void a_thread_in_another_channel_or_with_another_ts_finds_nothing() {
        insert(aProject().posted("1715000000.000100").build());

        assertThat(lockByThread(TEAM, "C0ELSEWHERE", "1715000000.000100")).isEmpty();
        assertThat(lockByThread(TEAM, CHANNEL, "1715000000.000999")).isEmpty();
    }

    @Test
    void the_same_channel_and_ts_in_another_team_never_finds_this_teams_project() {
        var ours = aProject().posted("1715000000.000100").build();
        insert(ours);

        assertThat(lockByThread(OTHER_TEAM, CHANNEL, "1715000000.000100")).isEmpty();

        var theirs = aProject().inTeam(OTHER_TEAM).posted("1715000000.000100").build();
        insert(theirs);

        assertThat(lockByThread(OTHER_TEAM, CHANNEL, "1715000000.000100")).contains(theirs);
        assertThat(lockByThread(TEAM, CHANNEL, "1715000000.000100")).contains(ours);
    }

    // ---- save -------------------------------------------------------------------------------------

    @Test
    void saving_credits_only_the_answers_that_changed_to_the_actor() {
        var project = aProject()
                .answered("problem", new Answer.Text("Churn"))
                .answered("confidence", new Answer.Scale(3))
                .build();
        insert(project);

        clock.advance(Duration.ofMinutes(5));
        var bobsTurn = project.withIntake(intake(
                project,
                project.intake()
                        .answers()
                        .with("problem", new Answer.Text("Churn"))
                        .with("confidence", new Answer.Scale(5))
                        .with("signals", new Answer.Picks(Set.of("clicks")))));
        storage.useTransaction(uow -> uow.projects().save(bobsTurn, "U0BOB"));

        assertThat(storedAnswers(TEAM, project.id()))
                .containsExactly(
                        new StorageProbes.StoredAnswer("confidence", new Answer.Scale(5), "U0BOB"),
                        new StorageProbes.StoredAnswer("problem", new Answer.Text("Churn"), PROPOSER),
                        new StorageProbes.StoredAnswer("signals", new Answer.Picks(Set.of("clicks")), "U0BOB"));

        clock.advance(Duration.ofMinutes(5));
        var carolsTurn = bobsTurn.withIntake(
                intake(bobsTurn, bobsTurn.intake().answers().with("problem", new Answer.Skipped())));
        storage.useTransaction(uow -> uow.projects().save(carolsTurn, "U0CAROL"));

        assertThat(storedAnswers(TEAM, project.id()))
                .containsExactly(
                        new StorageProbes.StoredAnswer("confidence", new Answer.Scale(5), "U0BOB"),
                        new StorageProbes.StoredAnswer("problem", new Answer.Skipped(), "U0CAROL"),
                        new StorageProbes.StoredAnswer("signals", new Answer.Picks(Set.of("clicks")), "U0BOB"));
    }

    @Test
    void saving_an_unchanged_project_credits_nobody_new() {
        var project = aProject()
                .answered("people", new Answer.People(List.of("U0BOB", "U0CAROL")))
                .build();
        insert(project);

        storage.useTransaction(uow -> uow.projects().save(project, "U0MALLORY"));

        assertThat(storedAnswers(TEAM, project.id()))
                .extracting(StorageProbes.StoredAnswer::answeredBy)
                .containsExactly(PROPOSER);
    }

    @Test
    void an_answer_that_changes_kind_reads_back_as_its_new_kind() {
        var project = aProject()
                .answered("signals", new Answer.Picks(Set.of("a", "b")))
                .build();
        insert(project);

        var changed = project.withIntake(
                intake(project, project.intake().answers().with("signals", new Answer.Picks(Set.of()))));
        storage.useTransaction(uow -> uow.projects().save(changed, "U0BOB"));

        assertThat(find(TEAM, project.id()).orElseThrow().intake().answers().get("signals"))
                .contains(new Answer.Picks(Set.of()));
    }

    @Test
    void saving_stores_the_title_the_intake_position_and_the_time_of_activity() {
        var project = aProject().untitled("Untitled idea").asking("signals").build();
        insert(project);

        clock.advance(Duration.ofHours(2));
        var saved = project.withTitle("Churn radar")
                .withIntake(new IntakeState(
                        IntakeStatus.IN_PROGRESS,
                        IntakeMode.FULL,
                        Answers.none().with("problem", new Answer.Text("Churn")),
                        Optional.of("signals"),
                        Set.of("clicks", "tickets")));
        storage.useTransaction(uow -> uow.projects().save(saved, PROPOSER));

        var found = find(TEAM, project.id()).orElseThrow();
        assertThat(found.title()).isEqualTo("Churn radar");
        assertThat(found.titled()).isTrue();
        assertThat(found.intake()).isEqualTo(saved.intake());
        assertThat(found.lastActivityAt()).isEqualTo(clock.instant());
        assertThat(found.createdAt()).isEqualTo(project.createdAt());

        var done = found.withIntake(new IntakeState(
                IntakeStatus.COMPLETED, IntakeMode.FULL, found.intake().answers(), Optional.empty(), Set.of()));
        storage.useTransaction(uow -> uow.projects().save(done, PROPOSER));

        assertThat(find(TEAM, project.id()).orElseThrow().intake()).isEqualTo(done.intake());
    }

    @Test
    void another_team_cannot_overwrite_a_project_by_saving_its_id() {
        var project = aProject().answered("problem", new Answer.Text("Churn")).build();
        insert(project);

        var forged = new ProjectRecord(
                project.id(),
                OTHER_TEAM,
                CHANNEL,
                "U0MALLORY",
                List.of("U0MALLORY"),
                "pwned",
                true,
                new IntakeState(
                        IntakeStatus.COMPLETED,
                        IntakeMode.FULL,
                        Answers.none().with("problem", new Answer.Text("pwned")),
                        Optional.empty(),
                        Set.of()),
                Delivery.POSTED,
                Optional.empty(),
                Optional.empty(),
                project.createdAt(),
                project.lastActivityAt(),
                Optional.empty());
        try {
            storage.useTransaction(uow -> uow.projects().save(forged, "U0MALLORY"));
        } catch (RuntimeException refused) {
            // refusing loudly is as good as ignoring it; what matters is the row below
        }

        assertThat(find(TEAM, project.id())).contains(project);
    }

    @Test
    void another_team_saving_a_project_id_that_is_not_its_own_writes_no_answers_to_it() {
        var project = aProject().answered("problem", new Answer.Text("Churn")).build();
        insert(project);

        var forged = aProject()
                .id(project.id())
                .inTeam(OTHER_TEAM)
                .answered("confidence", new Answer.Scale(1))
                .build();
        try {
            storage.useTransaction(uow -> uow.projects().save(forged, "U0MALLORY"));
        } catch (RuntimeException refused) {
            // refusing loudly is as good as ignoring it; what matters is the rows below
        }
        var ours =
                project.withIntake(intake(project, project.intake().answers().with("confidence", new Answer.Scale(4))));
        storage.useTransaction(uow -> uow.projects().save(ours, PROPOSER));

        assertThat(find(TEAM, project.id()).orElseThrow().intake().answers().scale("confidence"))
                .hasValue(4);
        assertThat(storedAnswers(OTHER_TEAM, project.id())).isEmpty();
    }

    // ---- delivery ------------------------------------------------------------------------------

    @Test
    void a_posted_card_records_its_ts_and_makes_the_thread_findable() {
        var project = aProject().build();
        insert(project);

        storage.useTransaction(uow -> uow.projects().cardPosted(TEAM, project.id(), "1715000000.000100"));

        var found = find(TEAM, project.id()).orElseThrow();
        assertThat(found.delivery()).isEqualTo(Delivery.POSTED);
        assertThat(found.cardTs()).contains("1715000000.000100");
        assertThat(lockByThread(TEAM, CHANNEL, "1715000000.000100")).contains(found);
    }

    @Test
    void another_team_cannot_mark_a_card_posted_or_change_its_delivery() {
        var project = aProject().build();
        insert(project);

        storage.useTransaction(uow -> uow.projects().cardPosted(OTHER_TEAM, project.id(), "1715000000.000100"));
        storage.useTransaction(uow -> uow.projects().setDelivery(OTHER_TEAM, project.id(), Delivery.AWAITING_INVITE));

        assertThat(find(TEAM, project.id())).contains(project);
    }

    @Test
    void delivery_can_be_set_to_awaiting_invite_and_back() {
        var project = aProject().build();
        insert(project);

        storage.useTransaction(uow -> uow.projects().setDelivery(TEAM, project.id(), Delivery.AWAITING_INVITE));
        assertThat(find(TEAM, project.id()).orElseThrow().delivery()).isEqualTo(Delivery.AWAITING_INVITE);

        storage.useTransaction(uow -> uow.projects().setDelivery(TEAM, project.id(), Delivery.PENDING));
        assertThat(find(TEAM, project.id()).orElseThrow().delivery()).isEqualTo(Delivery.PENDING);
    }

    @Test
    void only_this_channels_projects_awaiting_an_invite_are_returned_oldest_first() {
        var second = aProject().awaitingInvite().createdAt(hoursLater(2)).build();
        var first = aProject().awaitingInvite().createdAt(hoursLater(1)).build();
        insert(second);
        insert(first);
        insert(aProject().build());
        insert(aProject().posted("1715000000.000100").build());
        insert(aProject().awaitingInvite().inChannel("C0OTHER").build());
        insert(aProject().awaitingInvite().inTeam(OTHER_TEAM).build());

        assertThat(awaitingInvite(TEAM, CHANNEL)).containsExactly(first, second);
        assertThat(awaitingInvite(TEAM, "C0QUIET")).isEmpty();
    }

    @Test
    void a_newer_response_url_replaces_the_old_one_for_this_team_only() {
        var project = aProject()
                .responseUrl("https://hooks.slack.com/commands/T0ACME/1/old")
                .build();
        insert(project);

        storage.useTransaction(
                uow -> uow.projects().updateResponseUrl(OTHER_TEAM, project.id(), "https://evil.example/"));
        assertThat(find(TEAM, project.id()).orElseThrow().responseUrl())
                .contains("https://hooks.slack.com/commands/T0ACME/1/old");

        storage.useTransaction(uow ->
                uow.projects().updateResponseUrl(TEAM, project.id(), "https://hooks.slack.com/commands/T0ACME/2/new"));
        assertThat(find(TEAM, project.id()).orElseThrow().responseUrl())
                .contains("https://hooks.slack.com/commands/T0ACME/2/new");
    }

    // ---- constraints ---------------------------------------------------------------------------

    @Test
    void an_intake_in_progress_without_a_current_question_is_refused() {
        var broken =
                aProject().intake(IntakeStatus.IN_PROGRESS, Optional.empty()).build();

        assertThatThrownBy(() -> insert(broken)).hasMessageContaining("projects_check");
        assertThat(find(TEAM, broken.id())).isEmpty();
    }

    @Test
    void a_finished_intake_with_a_current_question_is_refused() {
        var broken = aProject()
                .intake(IntakeStatus.COMPLETED, Optional.of("problem"))
                .build();

        assertThatThrownBy(() -> insert(broken)).hasMessageContaining("projects_check");
    }

    @Test
    void saving_a_project_into_an_impossible_intake_is_refused_and_changes_nothing() {
        var project = aProject().answered("problem", new Answer.Text("Churn")).build();
        insert(project);

        var broken = project.withIntake(new IntakeState(
                IntakeStatus.IN_PROGRESS,
                IntakeMode.FULL,
                project.intake().answers().with("confidence", new Answer.Scale(2)),
                Optional.empty(),
                Set.of()));

        assertThatThrownBy(() -> storage.useTransaction(uow -> uow.projects().save(broken, "U0BOB")))
                .hasMessageContaining("projects_check");
        assertThat(find(TEAM, project.id())).contains(project);
    }

    @Test
    void inserting_the_same_project_twice_is_refused() {
        var project = aProject().build();
        insert(project);

        assertThatThrownBy(() -> insert(project)).hasMessageContaining("projects_pkey");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private void insert(ProjectRecord project) {
        storage.useTransaction(uow -> uow.projects().insert(project));
    }

    private Optional<ProjectRecord> find(String teamId, UUID id) {
        return storage.inTransaction(uow -> uow.projects().find(teamId, id));
    }

    private List<StorageProbes.StoredAnswer> storedAnswers(String teamId, UUID id) {
        return new StorageProbes(storage).storedAnswers(teamId, id);
    }

    private Optional<ProjectRecord> lockByThread(String teamId, String channelId, String threadTs) {
        return storage.inTransaction(uow -> uow.projects().lockByThread(teamId, channelId, threadTs));
    }

    private Optional<ProjectRecord> lockProject(String teamId, UUID id) {
        return storage.inTransaction(uow -> uow.projects().lock(teamId, id));
    }

    private List<ProjectRecord> projects(String teamId) {
        return storage.inTransaction(uow -> uow.projects().all(teamId));
    }

    private List<ProjectRecord> awaitingInvite(String teamId, String channelId) {
        return storage.inTransaction(uow -> uow.projects().lockAwaitingInvite(teamId, channelId));
    }

    private static IntakeState intake(ProjectRecord project, Answers answers) {
        var intake = project.intake();
        return new IntakeState(intake.status(), IntakeMode.FULL, answers, intake.currentKey(), intake.draft());
    }

    private static Instant hoursLater(int hours) {
        return CREATED.plus(Duration.ofHours(hours));
    }
}
