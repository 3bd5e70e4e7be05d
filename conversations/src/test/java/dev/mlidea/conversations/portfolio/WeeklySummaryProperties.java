package dev.mlidea.conversations.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.assessment.Archetype;
import dev.mlidea.conversations.assessment.Quadrant;
import dev.mlidea.conversations.portfolio.PortfolioProject.Placement;
import dev.mlidea.conversations.portfolio.WeeklySummary.Entry;
import dev.mlidea.conversations.rituals.CheckIn;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.conversations.rituals.StageMove;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random portfolios around a random week, checked against counts worked out the slow way: each
 * project's instants put in their ISO week by their local date, each list counted project by project.
 */
class WeeklySummaryProperties {

    record Case(IsoWeek week, List<PortfolioProject> projects, Optional<String> postedIn) {
        boolean nameable(PortfolioProject p) {
            return !p.privateChannel() || postedIn.equals(Optional.of(p.channelId()));
        }

        boolean inWeek(Instant at) {
            var local = at.atZone(week.zone());
            return local.get(IsoFields.WEEK_BASED_YEAR) == week.weekBasedYear()
                    && local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == week.week();
        }

        WeeklySummary summary() {
            return WeeklySummary.of(projects, week, postedIn);
        }
    }

    @Property(tries = 200)
    void counts_by_quadrant_archetype_and_stage_add_up(@ForAll("cases") Case c) {
        WeeklySummary s = c.summary();
        long assessed =
                c.projects().stream().filter(p -> p.placement().isPresent()).count();
        long complete =
                c.projects().stream().filter(PortfolioProject::intakeComplete).count();

        assertThat(s.total()).isEqualTo(c.projects().size());
        assertThat(sum(s.byQuadrant().values())).isEqualTo(assessed);
        assertThat(sum(s.byArchetype().values())).isEqualTo(assessed);
        assertThat(sum(s.byStage().values())).isEqualTo(complete);
        assertThat(s.inIntake() + complete).isEqualTo(c.projects().size());
        for (Quadrant q : Quadrant.values()) {
            assertThat(s.byQuadrant().get(q)).isEqualTo((int) c.projects().stream()
                    .filter(p -> p.placement().map(Placement::quadrant).equals(Optional.of(q)))
                    .count());
        }
        assertThat(s.privateProjects()).isEqualTo((int)
                c.projects().stream().filter(p -> !c.nameable(p)).count());
    }

    @Property(tries = 200)
    void every_list_names_exactly_the_nameable_items_and_counts_the_rest(@ForAll("cases") Case c) {
        WeeklySummary s = c.summary();

        check(c, s.newThisWeek(), Entry::id, p -> c.inWeek(p.createdAt()) ? 1 : 0);
        check(c, s.moves(), m -> m.project().id(), p -> (int) p.moves().stream()
                .filter(m -> m.kind() != StageMove.Kind.KILL && c.inWeek(m.at()))
                .count());
        check(c, s.overdue(), Entry::id, p -> p.criteriaOverdue() ? 1 : 0);
        check(c, s.stalled(), Entry::id, p -> p.stalled() ? 1 : 0);
        check(c, s.killed(), k -> k.project().id(), p -> killedInWeek(c, p) ? 1 : 0);
        check(c, s.trends(), t -> t.project().id(), p -> trendMoved(c, p) ? 1 : 0);

        // The generator must reach what the checks are about: lists with named items, and with hidden ones.
        // Loose bounds, so that the check never fails by chance.
        collect("moves", s.moves());
        collect("trends", s.trends());
        collect("killed", s.killed());
        collect("new", s.newThisWeek());
        for (String label : List.of("moves", "trends", "killed", "new")) {
            Statistics.label(label + " named").coverage(cov -> cov.check(true).percentage(pct -> pct > 1));
            Statistics.label(label + " hidden").coverage(cov -> cov.check(true).percentage(pct -> pct > 1));
        }
    }

    @Property(tries = 200)
    void no_list_names_a_project_that_may_not_be_named_here(@ForAll("cases") Case c) {
        WeeklySummary s = c.summary();
        var shown = new ArrayList<Entry>();
        shown.addAll(s.newThisWeek().named());
        s.moves().named().forEach(m -> shown.add(m.project()));
        shown.addAll(s.overdue().named());
        shown.addAll(s.stalled().named());
        s.killed().named().forEach(k -> shown.add(k.project()));
        s.trends().named().forEach(t -> shown.add(t.project()));
        s.bestDoItNow().ifPresent(shown::add);

        for (PortfolioProject hidden :
                c.projects().stream().filter(p -> !c.nameable(p)).toList()) {
            assertThat(shown)
                    .noneMatch(e -> e.id().equals(hidden.id())
                            || e.title().equals(hidden.title())
                            || e.shortId().equals(hidden.shortId()));
        }
    }

    @Property(tries = 200)
    void nothing_outside_the_week_is_listed_and_lists_keep_their_order(@ForAll("cases") Case c) {
        WeeklySummary s = c.summary();
        Comparator<Entry> byTitle = Comparator.comparing(Entry::title, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Entry::title)
                .thenComparing(e -> e.id().toString());

        assertThat(s.moves().named()).allMatch(m -> c.inWeek(m.move().at()));
        assertThat(s.killed().named()).allMatch(k -> c.inWeek(k.killedAt()));
        for (var t : s.trends().named()) {
            PortfolioProject p = project(c, t.project().id());
            assertThat(p.checkIns())
                    .anyMatch(ci ->
                            c.inWeek(ci.date().atStartOfDay(c.week().zone()).toInstant()));
        }
        for (List<Entry> list : List.of(
                s.newThisWeek().named(),
                s.overdue().named(),
                s.stalled().named(),
                s.moves().named().stream().map(m -> m.project()).toList(),
                s.killed().named().stream().map(k -> k.project()).toList(),
                s.trends().named().stream().map(t -> t.project()).toList())) {
            assertThat(list).isSortedAccordingTo(byTitle);
        }
    }

    @Property(tries = 200)
    void the_best_do_it_now_is_a_nameable_unstarted_one_that_none_beats(@ForAll("cases") Case c) {
        var candidates = c.projects().stream()
                .filter(c::nameable)
                .filter(p -> p.stage() == Stage.PLANNING)
                .filter(p -> p.placement().map(Placement::quadrant).equals(Optional.of(Quadrant.DO_IT_NOW)))
                .toList();
        Optional<Entry> best = c.summary().bestDoItNow();

        assertThat(best.isPresent()).isEqualTo(!candidates.isEmpty());
        best.ifPresent(b -> {
            PortfolioProject chosen = project(c, b.id());
            assertThat(candidates).contains(chosen);
            assertThat(candidates).allMatch(p -> score(p) <= score(chosen));
        });
    }

    // --- the slow way

    private static <T> void check(
            Case c, Section<T> section, Function<T, UUID> idOf, ToIntFunction<PortfolioProject> count) {
        List<UUID> expectedNamed = c.projects().stream()
                .filter(c::nameable)
                .flatMap(p -> Stream.generate(p::id).limit(count.applyAsInt(p)))
                .sorted()
                .toList();
        int expectedHidden = c.projects().stream()
                .filter(p -> !c.nameable(p))
                .mapToInt(count)
                .sum();

        assertThat(section.named().stream().map(idOf).sorted().toList()).isEqualTo(expectedNamed);
        assertThat(section.hidden()).isEqualTo(expectedHidden);
        assertThat(section.count())
                .isEqualTo(c.projects().stream().mapToInt(count).sum());
    }

    private static void collect(String label, Section<?> section) {
        Statistics.label(label + " named").collect(!section.named().isEmpty());
        Statistics.label(label + " hidden").collect(section.hidden() > 0);
    }

    private static boolean killedInWeek(Case c, PortfolioProject p) {
        if (p.stage() != Stage.KILLED) return false;
        Instant lastKill = null;
        for (StageMove m : p.moves()) if (m.to() == Stage.KILLED) lastKill = m.at();
        return lastKill != null && c.inWeek(lastKill);
    }

    /** A check-in dated in the week, and the last two numbers of the last five check-ins differ. */
    private static boolean trendMoved(Case c, PortfolioProject p) {
        LocalDate monday = c.week().monday();
        boolean checkedIn = p.checkIns().stream()
                .anyMatch(ci -> !ci.date().isBefore(monday) && ci.date().isBefore(monday.plusDays(7)));
        var sorted = new ArrayList<>(p.checkIns());
        sorted.sort(Comparator.comparing(CheckIn::date));
        var numbers = sorted.subList(Math.max(0, sorted.size() - 5), sorted.size()).stream()
                .flatMap(ci -> ci.number().stream())
                .toList();
        int n = numbers.size();
        return checkedIn && n >= 2 && numbers.get(n - 1).compareTo(numbers.get(n - 2)) != 0;
    }

    private static PortfolioProject project(Case c, UUID id) {
        return c.projects().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static double score(PortfolioProject p) {
        return p.placement().orElseThrow().impact()
                + p.placement().orElseThrow().feasibility();
    }

    private static long sum(java.util.Collection<Integer> counts) {
        return counts.stream().mapToLong(Integer::longValue).sum();
    }

    // --- generators

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<IsoWeek> weeks = Combinators.combine(
                        Arbitraries.longs()
                                .between(
                                        Instant.parse("2020-01-01T00:00:00Z").getEpochSecond(),
                                        Instant.parse("2030-01-01T00:00:00Z").getEpochSecond()),
                        Arbitraries.of("Europe/Berlin", "America/Los_Angeles", "Asia/Kathmandu", "UTC"))
                .as((s, z) -> IsoWeek.of(Instant.ofEpochSecond(s), ZoneId.of(z)));
        // Unique short ids, so the privacy check can look for a hidden project's short id too.
        return weeks.flatMap(week -> Combinators.combine(
                        project(week).list().ofMaxSize(25).uniqueElements(PortfolioProject::shortId),
                        Arbitraries.of("C1", "C2").optional(0.7))
                .as((projects, postedIn) -> new Case(week, projects, postedIn)));
    }

    private Arbitrary<PortfolioProject> project(IsoWeek week) {
        Arbitrary<Instant> around = Arbitraries.longs()
                .between(-10 * 24 * 60, 17 * 24 * 60)
                .map(m -> week.start().plusSeconds(m * 60));
        Arbitrary<UUID> ids =
                Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
        Arbitrary<Optional<Placement>> placements = Combinators.combine(
                        Arbitraries.of(1.0, 2.5, 3.0, 4.0, 4.5, 5.0),
                        Arbitraries.of(1.0, 2.5, 3.0, 4.0, 4.5, 5.0),
                        Arbitraries.of(Archetype.class))
                .as((i, f, a) -> new Placement(i, f, Quadrant.of(i, f), a))
                .optional(0.8);
        Arbitrary<CheckIn> checkIns = Combinators.combine(
                        Arbitraries.integers()
                                .between(-10, 16)
                                .map(d -> week.monday().plusDays(d)),
                        Arbitraries.integers().between(0, 3).optional(0.8))
                .as((day, n) ->
                        new CheckIn(day, n.map(String::valueOf).orElse("no number"), n.map(BigDecimal::valueOf)));
        return Builders.withBuilder(Draft::new)
                .use(ids)
                .in((d, id) -> d.id(id).title("Project " + id))
                .use(Arbitraries.of("C1", "C2", "C3"))
                .in((d, channel) -> d.channel(channel, d.privateChannel))
                .use(Arbitraries.of(true, false))
                .in((d, priv) -> d.channel(d.channelId, priv))
                .use(around)
                .in(Draft::createdAt)
                .use(Arbitraries.of(true, true, false))
                .in(Draft::intakeComplete)
                .use(placements)
                .in(Draft::placement)
                .use(Combinators.combine(Arbitraries.of(Stage.class), around)
                        .as(Move::new)
                        .list()
                        .ofMaxSize(5))
                .in(WeeklySummaryProperties::follow)
                .use(Arbitraries.of(true, false))
                .in(Draft::stalled)
                .use(Arbitraries.of(true, false))
                .in(Draft::overdue)
                .use(checkIns.list().ofMaxSize(6))
                .in((d, list) -> {
                    list.forEach(d::checkIn);
                    return d;
                })
                .build(Draft::build);
    }

    record Move(Stage to, Instant at) {}

    /** The moves in time order, each from where the last one left it; repeats of a stage are dropped. */
    private static Draft follow(Draft draft, List<Move> moves) {
        int iteration = 1;
        for (Move m : moves.stream().sorted(Comparator.comparing(Move::at)).toList()) {
            if (m.to() == draft.stage) continue;
            if (m.to().isLifecycle() && draft.stage.isLifecycle() && m.to().ordinal() < draft.stage.ordinal())
                iteration++;
            draft.move(m.to(), m.at(), iteration);
            if (m.to() == Stage.KILLED) draft.killedReason("no budget");
        }
        return draft;
    }
}
