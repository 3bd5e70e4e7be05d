package dev.mlidea.conversations.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.assessment.Archetype;
import dev.mlidea.conversations.assessment.Quadrant;
import dev.mlidea.conversations.portfolio.WeeklySummary.Entry;
import dev.mlidea.conversations.rituals.CheckIn;
import dev.mlidea.conversations.rituals.MetricTrend;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.conversations.rituals.StageMove;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 2026-W49 in Berlin: Monday 2026-11-30 00:00 (23:00 UTC the day before) to Monday 2026-12-07 00:00. */
class WeeklySummaryTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final IsoWeek WEEK = new IsoWeek(LocalDate.of(2026, 11, 30), BERLIN);
    private static final Instant LONG_AGO = Instant.parse("2026-09-01T09:00:00Z");
    private static final Instant WEDNESDAY = Instant.parse("2026-12-02T10:00:00Z");
    private static final String PRIVATE = "C0PRIVATE1";
    private static final Optional<String> IN_GENERAL = Optional.of("C0GENERAL1");

    @Test
    void counts_every_project_by_quadrant_archetype_and_stage() {
        var summary = WeeklySummary.of(
                List.of(
                        new Draft().placed(4, 4, Archetype.SOFTWARE_2_0).build(),
                        new Draft()
                                .placed(4, 2, Archetype.AUTONOMOUS)
                                .move(Stage.DATA, LONG_AGO, 1)
                                .build(),
                        new Draft()
                                .placed(2, 2, Archetype.SOFTWARE_2_0)
                                .channel(PRIVATE, true)
                                .build(),
                        new Draft()
                                .intakeComplete(false)
                                .placement(Optional.empty())
                                .build()),
                WEEK,
                IN_GENERAL);

        assertThat(summary.total()).isEqualTo(4);
        assertThat(summary.inIntake()).isEqualTo(1);
        assertThat(summary.privateProjects()).isEqualTo(1);
        assertThat(summary.assessed()).isEqualTo(3);
        assertThat(summary.byQuadrant())
                .isEqualTo(java.util.Map.of(
                        Quadrant.DO_IT_NOW, 1, Quadrant.BIG_BET, 1, Quadrant.CHEAP_WIN, 0, Quadrant.DONT_YET, 1));
        assertThat(summary.byQuadrant().keySet()).containsExactly(Quadrant.values());
        assertThat(summary.byArchetype())
                .containsEntry(Archetype.SOFTWARE_2_0, 2)
                .containsEntry(Archetype.AUTONOMOUS, 1)
                .containsEntry(Archetype.HUMAN_IN_THE_LOOP, 0);
        assertThat(summary.byStage())
                .containsEntry(Stage.PLANNING, 2)
                .containsEntry(Stage.DATA, 1)
                .containsEntry(Stage.KILLED, 0);
        assertThat(summary.byStage().keySet()).containsExactly(Stage.values());
    }

    @Test
    void new_this_week_means_created_between_monday_and_monday_midnight_in_the_zone() {
        var sundayNight = new Draft()
                .title("Sunday")
                .createdAt(WEEK.start().minusSeconds(1))
                .build();
        var mondayMidnight = new Draft().title("Monday").createdAt(WEEK.start()).build();
        var lastSecond =
                new Draft().title("Last").createdAt(WEEK.end().minusSeconds(1)).build();
        var nextWeek = new Draft().title("Next").createdAt(WEEK.end()).build();

        var summary = WeeklySummary.of(List.of(sundayNight, mondayMidnight, lastSecond, nextWeek), WEEK, IN_GENERAL);

        assertThat(titles(summary.newThisWeek().named())).containsExactly("Last", "Monday");
        assertThat(summary.newThisWeek().hidden()).isZero();
    }

    @Test
    void a_move_back_is_listed_with_its_iteration_and_a_kill_is_listed_with_its_reason() {
        var routing = new Draft()
                .title("Ticket routing")
                .move(Stage.DATA, LONG_AGO, 1)
                .move(Stage.TRAINING, WEEK.start().minusSeconds(1), 1)
                .move(Stage.DATA, WEDNESDAY, 2)
                .build();
        var ocr = new Draft()
                .title("Invoice OCR")
                .move(Stage.DATA, WEDNESDAY.minusSeconds(60), 1)
                .move(Stage.KILLED, WEDNESDAY, 1)
                .killedReason("rules already do 98%")
                .build();

        var summary = WeeklySummary.of(List.of(routing, ocr), WEEK, IN_GENERAL);

        assertThat(summary.moves().named())
                .extracting(
                        m -> m.project().title(),
                        m -> m.move().kind(),
                        m -> m.move().iteration())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Invoice OCR", StageMove.Kind.FORWARD, 1),
                        org.assertj.core.groups.Tuple.tuple("Ticket routing", StageMove.Kind.BACK, 2));
        assertThat(summary.killed().named()).singleElement().satisfies(kill -> {
            assertThat(kill.project().title()).isEqualTo("Invoice OCR");
            assertThat(kill.reason()).contains("rules already do 98%");
            assertThat(kill.killedAt()).isEqualTo(WEDNESDAY);
        });
    }

    @Test
    void a_kill_undone_in_the_same_week_is_not_a_kill_but_its_reopen_is_a_move() {
        var reopened = new Draft()
                .move(Stage.KILLED, WEDNESDAY, 1)
                .move(Stage.PLANNING, WEDNESDAY.plusSeconds(60), 1)
                .build();
        var killedLastWeek =
                new Draft().move(Stage.KILLED, WEEK.start().minusSeconds(60), 1).build();

        var summary = WeeklySummary.of(List.of(reopened, killedLastWeek), WEEK, IN_GENERAL);

        assertThat(summary.killed().isEmpty()).isTrue();
        assertThat(summary.moves().named())
                .singleElement()
                .satisfies(m -> assertThat(m.move().kind()).isEqualTo(StageMove.Kind.REOPEN));
    }

    @Test
    void a_trend_is_listed_when_a_check_in_is_dated_in_the_week_and_the_last_two_numbers_differ() {
        var up = new Draft()
                .title("Up")
                .checkIn(CheckIn.of(LocalDate.of(2026, 11, 20), "12%", new BigDecimal("12")))
                .checkIn(CheckIn.of(LocalDate.of(2026, 12, 6), "18%", new BigDecimal("18")))
                .build();
        var flat = new Draft()
                .title("Flat")
                .checkIn(CheckIn.of(LocalDate.of(2026, 11, 20), "18", new BigDecimal("18")))
                .checkIn(CheckIn.of(LocalDate.of(2026, 12, 1), "18.0", new BigDecimal("18.0")))
                .build();
        var oneNumber = new Draft()
                .title("One number")
                .checkIn(CheckIn.textOnly(LocalDate.of(2026, 11, 20), "not measured yet"))
                .checkIn(CheckIn.of(LocalDate.of(2026, 12, 1), "7", new BigDecimal("7")))
                .build();
        var lastWeek = new Draft()
                .title("Last week")
                .checkIn(CheckIn.of(LocalDate.of(2026, 11, 20), "1", BigDecimal.ONE))
                .checkIn(CheckIn.of(LocalDate.of(2026, 11, 29), "2", new BigDecimal("2")))
                .build();
        var nextMonday = new Draft()
                .title("Next Monday")
                .checkIn(CheckIn.of(LocalDate.of(2026, 11, 20), "1", BigDecimal.ONE))
                .checkIn(CheckIn.of(LocalDate.of(2026, 12, 7), "0.5", new BigDecimal("0.5")))
                .build();

        var summary = WeeklySummary.of(List.of(up, flat, oneNumber, lastWeek, nextMonday), WEEK, IN_GENERAL);

        assertThat(summary.trends().named()).singleElement().satisfies(t -> {
            assertThat(t.project().title()).isEqualTo("Up");
            assertThat(t.line()).isEqualTo("12% → 18% ↑");
            assertThat(t.direction()).isEqualTo(MetricTrend.Direction.UP);
        });
    }

    @Test
    void the_best_do_it_now_not_started_is_the_highest_scored_then_the_oldest_then_the_lowest_id() {
        UUID low = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID high = UUID.fromString("ffffffff-0000-0000-0000-000000000001");
        var newer = new Draft()
                .title("Newer")
                .placed(4, 4.5, Archetype.SOFTWARE_2_0)
                .createdAt(WEDNESDAY);
        var older = new Draft()
                .title("Older")
                .placed(4.5, 4, Archetype.SOFTWARE_2_0)
                .createdAt(LONG_AGO);
        var started = new Draft()
                .title("Started")
                .placed(5, 5, Archetype.SOFTWARE_2_0)
                .move(Stage.DATA, LONG_AGO, 1);
        var bigBet = new Draft().title("Big bet").placed(5, 2.5, Archetype.SOFTWARE_2_0);
        var secret =
                new Draft().title("Secret").placed(5, 5, Archetype.SOFTWARE_2_0).channel(PRIVATE, true);

        List<PortfolioProject> all =
                List.of(newer.build(), older.build(), started.build(), bigBet.build(), secret.build());
        assertThat(WeeklySummary.of(all, WEEK, IN_GENERAL).bestDoItNow().map(Entry::title))
                .contains("Older");
        assertThat(WeeklySummary.of(all, WEEK, Optional.of(PRIVATE))
                        .bestDoItNow()
                        .map(Entry::title))
                .contains("Secret");

        var tieLow = new Draft().title("B").id(low).createdAt(LONG_AGO).build();
        var tieHigh = new Draft().title("A").id(high).createdAt(LONG_AGO).build();
        assertThat(WeeklySummary.of(List.of(tieHigh, tieLow), WEEK, IN_GENERAL)
                        .bestDoItNow()
                        .map(Entry::id))
                .contains(low);
        assertThat(WeeklySummary.of(List.of(bigBet.build()), WEEK, IN_GENERAL).bestDoItNow())
                .isEmpty();
    }

    @Test
    void a_private_project_is_named_only_in_its_own_channel_and_counted_everywhere() {
        var secret = new Draft()
                .title("Secret merger model")
                .channel(PRIVATE, true)
                .createdAt(WEDNESDAY)
                .overdue(true)
                .stalled(true)
                .build();
        var open = new Draft().title("Open").createdAt(WEDNESDAY).build();

        var elsewhere = WeeklySummary.of(List.of(secret, open), WEEK, IN_GENERAL);
        var privately = WeeklySummary.of(List.of(secret, open), WEEK, Optional.empty());
        var inItsChannel = WeeklySummary.of(List.of(secret, open), WEEK, Optional.of(PRIVATE));

        for (var summary : List.of(elsewhere, privately)) {
            assertThat(titles(summary.newThisWeek().named())).containsExactly("Open");
            assertThat(summary.newThisWeek().hidden()).isEqualTo(1);
            assertThat(summary.overdue().named()).isEmpty();
            assertThat(summary.overdue().hidden()).isEqualTo(1);
            assertThat(summary.stalled().count()).isEqualTo(1);
            assertThat(summary.privateProjects()).isEqualTo(1);
        }
        assertThat(titles(inItsChannel.newThisWeek().named())).containsExactly("Open", "Secret merger model");
        assertThat(titles(inItsChannel.overdue().named())).containsExactly("Secret merger model");
        assertThat(inItsChannel.privateProjects()).isZero();
    }

    @Test
    void lists_are_ordered_by_title_ignoring_case_then_exactly_then_by_id() {
        UUID first = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID second = UUID.fromString("00000000-0000-0000-0000-000000000002");
        var projects = List.of(
                new Draft().title("beta").createdAt(WEDNESDAY).build(),
                new Draft().title("alpha").id(second).createdAt(WEDNESDAY).build(),
                new Draft().title("Alpha").createdAt(WEDNESDAY).build(),
                new Draft().title("alpha").id(first).createdAt(WEDNESDAY).build());

        var named = WeeklySummary.of(projects, WEEK, IN_GENERAL).newThisWeek().named();

        assertThat(titles(named)).containsExactly("Alpha", "alpha", "alpha", "beta");
        assertThat(named.get(1).id()).isEqualTo(first);
    }

    @Test
    void a_week_where_nothing_happened_is_quiet_but_still_shows_what_is_overdue() {
        var summary = WeeklySummary.of(
                List.of(
                        new Draft().overdue(true).build(),
                        new Draft().stalled(true).build()),
                WEEK,
                IN_GENERAL);

        assertThat(summary.quiet()).isTrue();
        assertThat(summary.overdue().count()).isEqualTo(1);
        assertThat(summary.stalled().count()).isEqualTo(1);
        assertThat(WeeklySummary.of(List.of(), WEEK, IN_GENERAL).quiet()).isTrue();
    }

    private static List<String> titles(List<Entry> entries) {
        return entries.stream().map(Entry::title).toList();
    }
}
