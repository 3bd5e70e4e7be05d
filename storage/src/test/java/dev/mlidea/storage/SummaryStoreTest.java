package dev.mlidea.storage;

import static dev.mlidea.storage.testing.Projects.TEAM;
import static dev.mlidea.storage.testing.Projects.aProject;
import static dev.mlidea.storage.testing.RitualRecords.startedFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.assessment.Archetype;
import dev.mlidea.conversations.assessment.Quadrant;
import dev.mlidea.conversations.portfolio.PortfolioProject;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.conversations.rituals.StageMove;
import dev.mlidea.storage.testing.MutableClock;
import dev.mlidea.storage.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Summaries claimed once per key, their pictures and posts, and the portfolio read, on a real PostgreSQL. */
class SummaryStoreTest {
    private static final String OTHER_TEAM = "T0GLOBEX";
    private static String url;
    private Storage storage;
    private MutableClock clock;

    @BeforeAll
    static void createDatabase() {
        url = TestDatabase.freshDatabaseUrl();
    }

    @BeforeEach
    void openStorage() {
        clock = MutableClock.at("2026-12-07T08:00:00Z");
        storage = Storage.open(url, clock);
        Jdbi.create(storage.dataSource()).useHandle(h -> h.execute("TRUNCATE summaries, answers, projects CASCADE"));
    }

    @AfterEach
    void closeStorage() {
        storage.close();
    }

    @Test
    void a_week_is_claimed_once_even_by_racing_transactions_and_each_team_has_its_own() {
        var racers = java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> storage.<Boolean>inTransaction(
                        uow -> uow.summaries().claimWeekly(TEAM, "2026-W50", "C0SUMMARY1"))))
                .toList();
        long won = racers.stream().filter(CompletableFuture::join).count();
        assertThat(won).isEqualTo(1);
        assertThat(storage.<Boolean>inTransaction(uow -> uow.summaries().claimWeekly(OTHER_TEAM, "2026-W50", "C0X")))
                .isTrue();
        assertThat(storage.<Boolean>inTransaction(uow -> uow.summaries().claimWeekly(TEAM, "2026-W51", "C0SUMMARY1")))
                .isTrue();
    }

    @Test
    void the_picture_and_the_first_posted_ts_are_kept_per_team() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
        storage.useTransaction(uow -> {
            uow.summaries().claimWeekly(TEAM, "2026-W50", "C0SUMMARY1");
            uow.summaries().savePicture(TEAM, "2026-W50", png);
            uow.summaries().posted(TEAM, "2026-W50", "1700000000.000001");
            uow.summaries().posted(TEAM, "2026-W50", "1700000000.000002");
        });
        assertThat(storage.<Optional<byte[]>>inTransaction(
                        uow -> uow.summaries().picture(TEAM, "2026-W50")))
                .hasValueSatisfying(b -> assertThat(b).containsExactly(png));
        assertThat(storage.<Optional<byte[]>>inTransaction(
                        uow -> uow.summaries().picture(OTHER_TEAM, "2026-W50")))
                .isEmpty();
        assertThat(storage.<Optional<SummaryRecord>>inTransaction(
                        uow -> uow.summaries().find(TEAM, "2026-W50")))
                .hasValueSatisfying(s -> {
                    assertThat(s.postedTs()).contains("1700000000.000001");
                    assertThat(s.kind()).isEqualTo("weekly");
                    assertThat(s.channelId()).isEqualTo("C0SUMMARY1");
                });
    }

    @Test
    void asked_for_summaries_are_forgotten_after_a_day_weekly_ones_never() {
        storage.useTransaction(uow -> {
            uow.summaries().claimAsked(TEAM, "asked:1", "C0ASKED", "U0ASKER");
            uow.summaries().claimWeekly(TEAM, "2026-W50", "C0SUMMARY1");
        });
        clock.advance(Summaries.ASKED_KEPT.plus(Duration.ofMinutes(1)));
        assertThat(storage.<Integer>inTransaction(uow -> uow.summaries().forgetAsked()))
                .isEqualTo(1);
        assertThat(storage.<Optional<SummaryRecord>>inTransaction(
                        uow -> uow.summaries().find(TEAM, "2026-W50")))
                .isPresent();
    }

    @Test
    void the_portfolio_reads_placement_stage_history_kill_reason_and_check_ins_for_the_team_only() {
        ProjectRecord project =
                aProject().completed().posted("1715000000.000100").build();
        ProjectRecord unposted = aProject().completed().build();
        ProjectRecord theirs = aProject()
                .inTeam(OTHER_TEAM)
                .completed()
                .posted("1715000000.000200")
                .build();
        Instant at = clock.instant();
        storage.useTransaction(uow -> {
            uow.projects().insert(project);
            uow.projects().insert(unposted);
            uow.projects().insert(theirs);
            uow.assessments().insert(TEAM, project.id(), assessment(4.5, 2.0, "autonomous"));
            uow.assessments().insert(TEAM, project.id(), assessment(4.0, 4.0, "human_in_the_loop"));
            var r = startedFor(project);
            uow.rituals().start(TEAM, project.id(), r);
            var move = new StageMove(Stage.PLANNING, Stage.KILLED, at, "U0OWNER", 1);
            uow.rituals().recordStageMove(TEAM, project.id(), move);
            uow.rituals().save(r.withStageMove(move));
            uow.rituals().recordValidation(validation(project.id(), at, ValidationRecord.Outcome.STILL_VALID, "12%"));
            uow.rituals().recordValidation(validation(project.id(), at, ValidationRecord.Outcome.KILLED, null));
            uow.projects().savePermalink(TEAM, project.id(), "https://acme.slack.com/archives/C/p1");
        });

        List<PortfolioProject> read =
                storage.inTransaction(uow -> uow.portfolio().projects(TEAM, channel -> channel.startsWith("G")));

        assertThat(read).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(project.id());
            assertThat(p.placement()).hasValueSatisfying(pl -> {
                assertThat(pl.impact()).isEqualTo(4.0);
                assertThat(pl.quadrant()).isEqualTo(Quadrant.DO_IT_NOW);
                assertThat(pl.archetype()).isEqualTo(Archetype.HUMAN_IN_THE_LOOP);
            });
            assertThat(p.stage()).isEqualTo(Stage.KILLED);
            assertThat(p.moves())
                    .singleElement()
                    .satisfies(m -> assertThat(m.to()).isEqualTo(Stage.KILLED));
            assertThat(p.killedReason()).contains("Rules do it");
            assertThat(p.checkIns())
                    .singleElement()
                    .satisfies(c -> assertThat(c.number()).contains(new BigDecimal("12")));
            assertThat(p.intakeComplete()).isTrue();
        });
        assertThat(storage.<Map<UUID, String>>inTransaction(
                        uow -> uow.projects().permalinks(TEAM)))
                .containsOnlyKeys(project.id());
        assertThat(storage.<Map<UUID, String>>inTransaction(
                        uow -> uow.projects().permalinks(OTHER_TEAM)))
                .doesNotContainKey(project.id());
    }

    private static NewAssessment assessment(double impact, double feasibility, String archetype) {
        return new NewAssessment(
                "2",
                "intake_completed",
                archetype,
                true,
                Optional.empty(),
                archetype,
                impact,
                feasibility,
                "do_it_now",
                List.of(),
                List.of(),
                false,
                "U0OWNER");
    }

    private static ValidationRecord validation(
            UUID project, Instant at, ValidationRecord.Outcome outcome, String metric) {
        return new ValidationRecord(
                TEAM,
                project,
                "U0OWNER",
                at,
                outcome,
                "30% accepted",
                Optional.empty(),
                Optional.ofNullable(metric),
                Optional.ofNullable(metric).map(m -> new BigDecimal("12")),
                outcome == ValidationRecord.Outcome.KILLED ? Optional.of("Rules do it") : Optional.empty(),
                Set.of());
    }
}
