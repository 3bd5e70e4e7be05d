package dev.mlidea.storage;

import static dev.mlidea.storage.testing.Projects.TEAM;
import static dev.mlidea.storage.testing.Projects.aProject;
import static dev.mlidea.storage.testing.RitualRecords.STARTED;
import static dev.mlidea.storage.testing.RitualRecords.everyFieldFor;
import static dev.mlidea.storage.testing.RitualRecords.startedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlidea.conversations.rituals.Cadence;
import dev.mlidea.conversations.rituals.CheckIn;
import dev.mlidea.conversations.rituals.NudgeDecision;
import dev.mlidea.conversations.rituals.Revalidation;
import dev.mlidea.conversations.rituals.SignOffs;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.conversations.rituals.StageDecision;
import dev.mlidea.conversations.rituals.StageHistory;
import dev.mlidea.conversations.rituals.StageMove;
import dev.mlidea.storage.ValidationRecord.Outcome;
import dev.mlidea.storage.testing.MutableClock;
import dev.mlidea.storage.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ritual methods of {@link UnitOfWork}, against a real PostgreSQL. */
class RitualStoreTest {
    private static final String OTHER_TEAM = "T0GLOBEX";
    private static final String LONG_CRITERIA =
            "Précision ≥ 0.9 — 顧客 🚀 ".repeat(250).substring(0, 5_000);
    private static String url;

    private Storage storage;
    private ProjectRecord project;

    @BeforeAll
    static void createDatabase() {
        url = TestDatabase.freshDatabaseUrl();
    }

    @BeforeEach
    void openStorage() {
        storage = Storage.open(url, MutableClock.at("2024-05-06T10:00:00Z"));
        Jdbi.create(storage.dataSource()).useHandle(h -> h.execute("TRUNCATE user_zones, answers, projects CASCADE"));
        project = aProject().completed().posted("1715000000.000100").build();
        storage.useTransaction(uow -> uow.projects().insert(project));
    }

    @AfterEach
    void closeStorage() {
        storage.close();
    }

    // ---- current state -------------------------------------------------------------------------

    @Test
    void a_project_has_no_rituals_until_they_are_started() {
        assertThat(find(TEAM, project.id())).isEmpty();
        assertThat(storage.<Optional<RitualRecord>>inTransaction(
                        uow -> uow.rituals().lock(TEAM, project.id())))
                .isEmpty();
    }

    @Test
    void just_started_rituals_read_back_exactly_with_nothing_optional() {
        var started = startedFor(project);

        assertThat(start(started)).isTrue();

        var found = find(TEAM, project.id()).orElseThrow();
        assertThat(found).isEqualTo(started);
        assertThat(found.stage()).isEqualTo(Stage.PLANNING);
        assertThat(found.iteration()).isEqualTo(1);
        assertThat(found.lastNudgeAt()).isEmpty();
        assertThat(found.stepsDone()).isEmpty();
        assertThat(found.agreedBy()).isEmpty();
        assertThat(found.ownerZone()).isEmpty();
        assertThat(found.revalRemindedAt()).isEmpty();
        assertThat(found.criteriaChangedAt()).isEmpty();
    }

    @Test
    void rituals_with_every_field_set_read_back_exactly_also_when_locked() {
        var every = everyFieldFor(project);

        start(every);

        assertThat(find(TEAM, project.id())).contains(every);
        assertThat(storage.<Optional<RitualRecord>>inTransaction(
                        uow -> uow.rituals().lock(TEAM, project.id())))
                .contains(every);
    }

    @Test
    void empty_criteria_no_stakeholders_and_a_5000_character_unicode_criteria_round_trip() {
        var empty = startedFor(project).withSignOffs(new SignOffs("", List.of(), Set.of()), STARTED);
        start(empty);
        assertThat(find(TEAM, project.id())).contains(empty);

        var long5000 =
                empty.withSignOffs(new SignOffs(LONG_CRITERIA, List.of("U0BOB"), Set.of()), STARTED.plusSeconds(60));
        save(long5000);

        var found = find(TEAM, project.id()).orElseThrow();
        assertThat(found.criteria()).hasSize(5_000).isEqualTo(LONG_CRITERIA);
        assertThat(found.criteriaChangedAt()).contains(STARTED.plusSeconds(60));
        assertThat(found).isEqualTo(long5000);
    }

    @Test
    void starting_twice_keeps_the_first_and_says_so() {
        var first = startedFor(project);
        var second = everyFieldFor(project);

        assertThat(start(first)).isTrue();
        assertThat(start(second)).isFalse();

        assertThat(find(TEAM, project.id())).contains(first);
    }

    @Test
    void start_refuses_a_record_of_another_project() {
        var other = aProject().build();

        assertThatThrownBy(
                        () -> storage.useTransaction(uow -> uow.rituals().start(TEAM, project.id(), startedFor(other))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void saving_overwrites_every_field_and_empties_what_became_empty() {
        start(startedFor(project));
        var every = everyFieldFor(project);
        save(every);
        assertThat(find(TEAM, project.id())).contains(every);

        var cleared = new RitualRecord(
                TEAM,
                project.id(),
                Stage.PAUSED,
                Instant.parse("2024-08-01T00:00:00Z"),
                3,
                Instant.parse("2024-08-01T00:00:00Z"),
                Optional.empty(),
                0,
                Optional.empty(),
                Optional.empty(),
                Set.of(),
                "",
                Optional.empty(),
                List.of(),
                Set.of(),
                Instant.parse("2024-08-01T00:00:00Z"),
                Cadence.ONE_WEEK,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        save(cleared);

        assertThat(find(TEAM, project.id())).contains(cleared);
    }

    @Test
    void every_stage_and_cadence_round_trips() {
        start(startedFor(project));
        for (Stage stage : Stage.values()) {
            for (Cadence cadence : Cadence.values()) {
                var r = new RitualRecord(
                        TEAM,
                        project.id(),
                        stage,
                        STARTED,
                        1,
                        STARTED,
                        Optional.empty(),
                        0,
                        Optional.empty(),
                        Optional.empty(),
                        Set.of(),
                        "c",
                        Optional.empty(),
                        List.of(),
                        Set.of(),
                        STARTED,
                        cadence,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty());
                save(r);
                assertThat(find(TEAM, project.id())).contains(r);
            }
        }
    }

    @Test
    void the_domain_views_and_helpers_survive_a_round_trip() {
        start(startedFor(project));
        var berlin = ZoneId.of("Europe/Berlin");
        var at = STARTED.plus(Duration.ofDays(8));
        var move = ((StageDecision.Moved) StageHistory.start().move(Stage.DATA, "U0ALICE", at)).move();

        var changed = find(TEAM, project.id())
                .orElseThrow()
                .withOwnerZone(Optional.of(berlin))
                .withNudgeState(find(TEAM, project.id())
                        .orElseThrow()
                        .nudgeState(berlin)
                        .withNudge(STARTED.plus(Duration.ofDays(7)), new NudgeDecision.Nudge(1)))
                .withStepDone("literature_review", at)
                .withStageMove(move)
                .withSignOffs(find(TEAM, project.id()).orElseThrow().signOffs().agree("U0BOB"), at)
                .withRevalidation(
                        Revalidation.validated(STARTED, Cadence.FOUR_WEEKS).after(Revalidation.Action.REMIND, at))
                .withCadence(Cadence.FOUR_WEEKS);
        save(changed);

        var found = find(TEAM, project.id()).orElseThrow();
        assertThat(found).isEqualTo(changed);
        assertThat(found.stage()).isEqualTo(Stage.DATA);
        assertThat(found.stageSince()).isEqualTo(at);
        assertThat(found.lastProgressAt()).isEqualTo(at);
        assertThat(found.nudgeState(ZoneId.of("UTC")).ownerZone()).isEqualTo(berlin);
        assertThat(found.nudgeState(berlin).ignoredSinceProgress()).isZero();
        assertThat(found.signOffs().summary()).isEqualTo("criteria agreed by 1 of 2");
        assertThat(found.revalidation().status(at)).isEqualTo(Revalidation.Status.REMINDED);
        assertThat(found.stepsDone()).containsExactly("literature_review");
    }

    // ---- sign-off requests ---------------------------------------------------------------------

    @Test
    void a_stakeholder_is_asked_once_per_wording_however_often_and_by_whomever() {
        boolean first = storage.inTransaction(
                uow -> uow.rituals().askSignOff(TEAM, project.id(), "U0STAKE1", LONG_CRITERIA, "U0OWNER1", STARTED));
        boolean again = storage.inTransaction(uow -> uow.rituals()
                .askSignOff(TEAM, project.id(), "U0STAKE1", LONG_CRITERIA, "U0OWNER2", STARTED.plusSeconds(60)));
        boolean other = storage.inTransaction(
                uow -> uow.rituals().askSignOff(TEAM, project.id(), "U0STAKE2", LONG_CRITERIA, "U0OWNER1", STARTED));
        boolean newWords = storage.inTransaction(uow ->
                uow.rituals().askSignOff(TEAM, project.id(), "U0STAKE1", LONG_CRITERIA + ".", "U0OWNER1", STARTED));

        assertThat(List.of(first, again, other, newWords)).containsExactly(true, false, true, true);
        assertThat(storage.<List<String>>inTransaction(
                        uow -> uow.rituals().askedAbout(TEAM, project.id(), LONG_CRITERIA)))
                .containsExactly("U0STAKE1", "U0STAKE2");
        assertThat(storage.<List<String>>inTransaction(
                        uow -> uow.rituals().askedAbout(TEAM, project.id(), LONG_CRITERIA + ".")))
                .containsExactly("U0STAKE1");
    }

    @Test
    void another_team_cannot_ask_about_a_project_that_is_not_its_own() {
        boolean forged = storage.inTransaction(
                uow -> uow.rituals().askSignOff(OTHER_TEAM, project.id(), "U0STAKE1", "words", "U0OWNER1", STARTED));
        assertThat(forged).isFalse();
        assertThat(storage.<List<String>>inTransaction(
                        uow -> uow.rituals().askedAbout(OTHER_TEAM, project.id(), "words")))
                .isEmpty();
        assertThat(storage.<List<String>>inTransaction(uow -> uow.rituals().askedAbout(TEAM, project.id(), "words")))
                .isEmpty();
    }

    // ---- other teams ---------------------------------------------------------------------------

    @Test
    void another_team_cannot_find_lock_or_overwrite_rituals_by_project_id() {
        var ours = startedFor(project);
        start(ours);

        assertThat(find(OTHER_TEAM, project.id())).isEmpty();
        assertThat(storage.<Optional<RitualRecord>>inTransaction(
                        uow -> uow.rituals().lock(OTHER_TEAM, project.id())))
                .isEmpty();
        var forged =
                everyFieldFor(aProject().id(project.id()).inTeam(OTHER_TEAM).build());
        save(forged);

        assertThat(find(TEAM, project.id())).contains(ours);
        assertThat(find(OTHER_TEAM, project.id())).isEmpty();
    }

    @Test
    void another_team_cannot_start_rituals_for_a_project_that_is_not_its_own() {
        var forged = startedFor(aProject().id(project.id()).inTeam(OTHER_TEAM).build());

        assertThatThrownBy(() -> start(forged)).isInstanceOf(RuntimeException.class);

        assertThat(find(OTHER_TEAM, project.id())).isEmpty();
        assertThat(find(TEAM, project.id())).isEmpty();
        start(startedFor(project));
        assertThatThrownBy(() -> start(forged)).isInstanceOf(RuntimeException.class);
        assertThat(find(TEAM, project.id())).contains(startedFor(project));
    }

    @Test
    void history_for_a_project_of_another_team_is_refused_and_never_shown_to_it() {
        var move = new StageMove(Stage.PLANNING, Stage.DATA, STARTED, "U0MALLORY", 1);
        assertThatThrownBy(() ->
                        storage.useTransaction(uow -> uow.rituals().recordStageMove(OTHER_TEAM, project.id(), move)))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> storage.useTransaction(
                        uow -> uow.rituals().recordValidation(validation(OTHER_TEAM, Outcome.STILL_VALID, STARTED))))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> storage.useTransaction(
                        uow -> uow.rituals().recordNudge(OTHER_TEAM, project.id(), STARTED, "literature_review", 1)))
                .isInstanceOf(RuntimeException.class);

        storage.useTransaction(uow -> {
            uow.rituals().recordStageMove(TEAM, project.id(), move);
            uow.rituals().recordValidation(validation(TEAM, Outcome.STILL_VALID, STARTED));
            uow.rituals().recordNudge(TEAM, project.id(), STARTED, "literature_review", 1);
        });
        storage.useTransaction(uow -> {
            assertThat(uow.rituals().stageMoves(OTHER_TEAM, project.id())).isEmpty();
            assertThat(uow.rituals().validations(OTHER_TEAM, project.id())).isEmpty();
            assertThat(uow.rituals().checkIns(OTHER_TEAM, project.id())).isEmpty();
            assertThat(uow.rituals().nudges(OTHER_TEAM, project.id())).isEmpty();
            assertThat(uow.rituals().stageMoves(TEAM, project.id())).hasSize(1);
            assertThat(uow.rituals().validations(TEAM, project.id())).hasSize(1);
            assertThat(uow.rituals().nudges(TEAM, project.id())).hasSize(1);
        });
    }

    @Test
    void a_users_zone_is_per_team() {
        storage.useTransaction(uow -> {
            uow.rituals().saveZone(TEAM, "U0ALICE", ZoneId.of("Asia/Kolkata"), STARTED);
            uow.rituals().saveZone(OTHER_TEAM, "U0ALICE", ZoneId.of("America/Los_Angeles"), STARTED);
            uow.rituals().forgetZone(OTHER_TEAM, "U0ALICE");
        });

        storage.useTransaction(uow -> {
            assertThat(uow.rituals().zone(TEAM, "U0ALICE"))
                    .contains(new UserZone("U0ALICE", ZoneId.of("Asia/Kolkata"), STARTED));
            assertThat(uow.rituals().zone(OTHER_TEAM, "U0ALICE")).isEmpty();
        });
    }

    // ---- history -------------------------------------------------------------------------------

    @Test
    void stage_moves_read_back_in_the_order_recorded_and_rebuild_the_history() {
        var history = StageHistory.start();
        var moves = new ArrayList<StageMove>();
        Instant at = STARTED;
        for (Stage to : List.of(Stage.DATA, Stage.TRAINING, Stage.DATA, Stage.PAUSED, Stage.TRAINING, Stage.KILLED)) {
            // Recorded out of time order on purpose: the order is the order recorded.
            at = at.plus(Duration.ofDays(to == Stage.PAUSED ? -1 : 2));
            var move = ((StageDecision.Moved) history.move(to, "U0ALICE", at)).move();
            history = history.with(move);
            moves.add(move);
        }
        var reopen = ((StageDecision.Moved) history.reopen("U0BOB", at.plusSeconds(1))).move();
        moves.add(reopen);
        storage.useTransaction(uow -> moves.forEach(m -> uow.rituals().recordStageMove(TEAM, project.id(), m)));

        List<StageMove> found = storage.inTransaction(uow -> uow.rituals().stageMoves(TEAM, project.id()));

        assertThat(found).containsExactlyElementsOf(moves);
        assertThat(new StageHistory(found).current()).isEqualTo(Stage.TRAINING);
        assertThat(new StageHistory(found).iteration()).isEqualTo(2);
    }

    @Test
    void every_validation_outcome_round_trips_oldest_first_with_empty_and_full_fields() {
        var all = new ArrayList<ValidationRecord>();
        all.add(validation(TEAM, Outcome.STILL_VALID, STARTED));
        all.add(new ValidationRecord(
                TEAM,
                project.id(),
                "U0BOB",
                STARTED.plusSeconds(10),
                Outcome.UPDATED,
                "Rappel ≥ 80 % — 顧客離脱 🚀",
                Optional.of(LONG_CRITERIA),
                Optional.of("recall 0.8125 on the benchmark"),
                Optional.of(new BigDecimal("0.8125")),
                Optional.of("the benchmark grew — 新しいデータ"),
                Set.of()));
        all.add(new ValidationRecord(
                TEAM,
                project.id(),
                "U0CAROL",
                STARTED.plusSeconds(20),
                Outcome.AGREED,
                LONG_CRITERIA,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Set.of("U0CAROL", "U0BOB")));
        all.add(new ValidationRecord(
                TEAM,
                project.id(),
                "U0DAVE",
                STARTED.plusSeconds(30),
                Outcome.SUGGESTED,
                LONG_CRITERIA,
                Optional.of(""),
                Optional.of("no number here"),
                Optional.empty(),
                Optional.of(""),
                Set.of("U0CAROL")));
        all.add(new ValidationRecord(
                TEAM,
                project.id(),
                "U0ALICE",
                STARTED.plusSeconds(5),
                Outcome.KILLED,
                LONG_CRITERIA,
                Optional.empty(),
                Optional.of("-12345678901234567890.000000000001"),
                Optional.of(new BigDecimal("-12345678901234567890.000000000001")),
                Optional.of("not worth it"),
                Set.of()));
        storage.useTransaction(uow -> all.forEach(v -> uow.rituals().recordValidation(v)));

        List<ValidationRecord> found =
                storage.inTransaction(uow -> uow.rituals().validations(TEAM, project.id()));

        assertThat(found).containsExactlyElementsOf(all);
        assertThat(found.get(1).metricNumber()).contains(new BigDecimal("0.8125"));
        assertThat(found.get(4).metricNumber().orElseThrow().scale()).isEqualTo(12);
    }

    @Test
    void check_ins_are_the_validations_with_a_metric_dated_on_the_owners_calendar() {
        // 23:30 UTC on May 6th is May 7th in Tokyo.
        var late = Instant.parse("2024-05-06T23:30:00Z");
        storage.useTransaction(uow -> {
            uow.rituals().recordValidation(withMetric(late, "12%", new BigDecimal("12")));
            uow.rituals().recordValidation(validation(TEAM, Outcome.STILL_VALID, late.plusSeconds(60)));
            uow.rituals().recordValidation(withMetric(late.plus(Duration.ofDays(7)), "looks better", null));
            uow.rituals()
                    .recordValidation(withMetric(late.plus(Duration.ofDays(14)), "18.5 % now", new BigDecimal("18.5")));
        });

        List<CheckIn> utc = storage.inTransaction(uow -> uow.rituals().checkIns(TEAM, project.id()));
        assertThat(utc)
                .containsExactly(
                        CheckIn.of(LocalDate.parse("2024-05-06"), "12%", new BigDecimal("12")),
                        CheckIn.textOnly(LocalDate.parse("2024-05-13"), "looks better"),
                        CheckIn.of(LocalDate.parse("2024-05-20"), "18.5 % now", new BigDecimal("18.5")));

        start(startedFor(project).withOwnerZone(Optional.of(ZoneId.of("Asia/Tokyo"))));
        List<CheckIn> tokyo = storage.inTransaction(uow -> uow.rituals().checkIns(TEAM, project.id()));
        assertThat(tokyo)
                .extracting(CheckIn::date)
                .containsExactly(
                        LocalDate.parse("2024-05-07"), LocalDate.parse("2024-05-14"), LocalDate.parse("2024-05-21"));
    }

    @Test
    void each_nudge_is_logged_once_in_the_order_sent() {
        storage.useTransaction(uow -> {
            uow.rituals().recordNudge(TEAM, project.id(), STARTED.plus(Duration.ofDays(7)), "literature_review", 1);
            uow.rituals().recordNudge(TEAM, project.id(), STARTED.plus(Duration.ofDays(14)), "literature_review", 2);
        });
        storage.useTransaction(uow ->
                uow.rituals().recordNudge(TEAM, project.id(), STARTED.plus(Duration.ofDays(21)), "label_benchmark", 3));

        List<NudgeRecord> found = storage.inTransaction(uow -> uow.rituals().nudges(TEAM, project.id()));

        assertThat(found)
                .containsExactly(
                        new NudgeRecord(STARTED.plus(Duration.ofDays(7)), "literature_review", 1),
                        new NudgeRecord(STARTED.plus(Duration.ofDays(14)), "literature_review", 2),
                        new NudgeRecord(STARTED.plus(Duration.ofDays(21)), "label_benchmark", 3));
    }

    @Test
    void a_nudge_numbered_outside_one_to_three_is_refused() {
        for (int number : new int[] {0, 4}) {
            assertThatThrownBy(() -> storage.useTransaction(
                            uow -> uow.rituals().recordNudge(TEAM, project.id(), STARTED, "literature_review", number)))
                    .isInstanceOf(RuntimeException.class);
        }
        assertThat(storage.<List<NudgeRecord>>inTransaction(uow -> uow.rituals().nudges(TEAM, project.id())))
                .isEmpty();
    }

    @Test
    void a_deleted_project_takes_its_rituals_and_their_history_with_it() {
        start(startedFor(project));
        storage.useTransaction(uow -> {
            uow.rituals()
                    .recordStageMove(TEAM, project.id(), new StageMove(Stage.PLANNING, Stage.DATA, STARTED, "U0A", 1));
            uow.rituals().recordValidation(validation(TEAM, Outcome.STILL_VALID, STARTED));
            uow.rituals().recordNudge(TEAM, project.id(), STARTED, "literature_review", 1);
        });

        Jdbi.create(storage.dataSource()).useHandle(h -> h.execute("DELETE FROM projects WHERE id = ?", project.id()));

        storage.useTransaction(uow -> {
            assertThat(uow.rituals().find(TEAM, project.id())).isEmpty();
            assertThat(uow.rituals().stageMoves(TEAM, project.id())).isEmpty();
            assertThat(uow.rituals().validations(TEAM, project.id())).isEmpty();
            assertThat(uow.rituals().nudges(TEAM, project.id())).isEmpty();
        });
    }

    // ---- zones ---------------------------------------------------------------------------------

    @Test
    void a_zone_is_saved_replaced_and_forgotten() {
        storage.useTransaction(uow -> {
            assertThat(uow.rituals().zone(TEAM, "U0ALICE")).isEmpty();
            uow.rituals().saveZone(TEAM, "U0ALICE", ZoneId.of("Europe/Berlin"), STARTED);
        });
        storage.useTransaction(uow ->
                uow.rituals().saveZone(TEAM, "U0ALICE", ZoneId.of("Pacific/Chatham"), STARTED.plusSeconds(3600)));
        assertThat(storage.<Optional<UserZone>>inTransaction(
                        uow -> uow.rituals().zone(TEAM, "U0ALICE")))
                .contains(new UserZone("U0ALICE", ZoneId.of("Pacific/Chatham"), STARTED.plusSeconds(3600)));

        storage.useTransaction(uow -> uow.rituals().forgetZone(TEAM, "U0ALICE"));

        assertThat(storage.<Optional<UserZone>>inTransaction(
                        uow -> uow.rituals().zone(TEAM, "U0ALICE")))
                .isEmpty();
    }

    // ---- the database refuses what the domain cannot mean --------------------------------------

    @Test
    void unknown_stages_cadences_and_outcomes_are_refused_by_the_schema() {
        start(startedFor(project));
        var jdbi = Jdbi.create(storage.dataSource());
        for (String sql : List.of(
                "UPDATE project_rituals SET stage = 'Planning'",
                "UPDATE project_rituals SET cadence = '3w'",
                "UPDATE project_rituals SET iteration = 0",
                "INSERT INTO stage_moves (team_id, project_id, from_stage, to_stage, iteration, moved_by, moved_at) "
                        + "SELECT team_id, id, 'planning', 'shipped', 1, 'U0A', now() FROM projects",
                "INSERT INTO stage_moves (team_id, project_id, from_stage, to_stage, iteration, moved_by, moved_at) "
                        + "SELECT team_id, id, 'data', 'data', 1, 'U0A', now() FROM projects",
                "INSERT INTO validations (team_id, project_id, validated_by, validated_at, outcome, old_criteria) "
                        + "SELECT team_id, id, 'U0A', now(), 'fine', '' FROM projects",
                "INSERT INTO validations (team_id, project_id, validated_by, validated_at, outcome, old_criteria, metric_number) "
                        + "SELECT team_id, id, 'U0A', now(), 'still_valid', '', 3 FROM projects")) {
            assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute(sql)))
                    .as(sql)
                    .isInstanceOf(RuntimeException.class);
        }
    }

    // ---- locking -------------------------------------------------------------------------------

    @Test
    void locked_rituals_keep_a_second_locker_waiting_until_the_first_commits() throws Exception {
        start(startedFor(project));
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var first = CompletableFuture.runAsync(() -> storage.useTransaction(uow -> {
            var r = uow.rituals().lock(TEAM, project.id()).orElseThrow();
            locked.countDown();
            await(release);
            uow.rituals().save(r.withStepDone("label_benchmark", STARTED.plusSeconds(1)));
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

        var second = CompletableFuture.supplyAsync(() -> storage.inTransaction(
                uow -> uow.rituals().lock(TEAM, project.id()).orElseThrow()));
        assertThatThrownBy(() -> second.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        release.countDown();
        first.get(10, TimeUnit.SECONDS);

        assertThat(second.get(10, TimeUnit.SECONDS).stepsDone()).containsExactly("label_benchmark");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private ValidationRecord validation(String team, Outcome outcome, Instant at) {
        return new ValidationRecord(
                team,
                project.id(),
                "U0ALICE",
                at,
                outcome,
                "Churn flagged a week earlier",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Set.of());
    }

    private ValidationRecord withMetric(Instant at, String text, BigDecimal number) {
        return new ValidationRecord(
                TEAM,
                project.id(),
                "U0ALICE",
                at,
                Outcome.STILL_VALID,
                "Churn flagged a week earlier",
                Optional.empty(),
                Optional.of(text),
                Optional.ofNullable(number),
                Optional.empty(),
                Set.of("U0BOB"));
    }

    private boolean start(RitualRecord r) {
        return storage.inTransaction(uow -> uow.rituals().start(r.teamId(), r.projectId(), r));
    }

    private void save(RitualRecord r) {
        storage.useTransaction(uow -> uow.rituals().save(r));
    }

    private Optional<RitualRecord> find(String team, UUID projectId) {
        return storage.inTransaction(uow -> uow.rituals().find(team, projectId));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("not released");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
