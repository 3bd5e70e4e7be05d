package dev.mlidea.conversations.portfolio;

import dev.mlidea.conversations.assessment.Archetype;
import dev.mlidea.conversations.assessment.Quadrant;
import dev.mlidea.conversations.portfolio.PortfolioProject.Placement;
import dev.mlidea.conversations.portfolio.WeeklySummary.Entry;
import dev.mlidea.conversations.portfolio.WeeklySummary.KillEntry;
import dev.mlidea.conversations.portfolio.WeeklySummary.MoveEntry;
import dev.mlidea.conversations.portfolio.WeeklySummary.TrendEntry;
import dev.mlidea.conversations.rituals.MetricTrend;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.conversations.rituals.StageMove;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/** How {@link WeeklySummary#of} reads a portfolio: which project goes in which list, named or not. */
final class SummaryRules {
    /**
     * Titles as people read them, then exactly (so the order is total), then the id as text: {@link
     * UUID#compareTo} compares signed numbers, which no reader would call an order.
     */
    static final Comparator<Entry> BY_TITLE = Comparator.comparing(Entry::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Entry::title)
            .thenComparing(e -> e.id().toString());

    private static final Comparator<PortfolioProject> BEST_FIRST = Comparator.<PortfolioProject>comparingDouble(
                    p -> -(p.placement().orElseThrow().impact()
                            + p.placement().orElseThrow().feasibility()))
            .thenComparing(PortfolioProject::createdAt)
            .thenComparing(p -> p.id().toString());

    private SummaryRules() {}

    static WeeklySummary summarize(List<PortfolioProject> projects, IsoWeek week, Optional<String> postedIn) {
        var byQuadrant = new EnumMap<Quadrant, Integer>(Quadrant.class);
        var byArchetype = new EnumMap<Archetype, Integer>(Archetype.class);
        var byStage = new EnumMap<Stage, Integer>(Stage.class);
        int inIntake = 0;
        int unnamed = 0;
        for (PortfolioProject p : projects) {
            p.placement().ifPresent(placement -> {
                byQuadrant.merge(placement.quadrant(), 1, Integer::sum);
                byArchetype.merge(placement.archetype(), 1, Integer::sum);
            });
            if (p.intakeComplete()) byStage.merge(p.stage(), 1, Integer::sum);
            else inIntake++;
            if (!p.nameableIn(postedIn)) unnamed++;
        }
        var lists = new Lists(projects, postedIn);
        return new WeeklySummary(
                week,
                projects.size(),
                byQuadrant,
                byArchetype,
                byStage,
                inIntake,
                unnamed,
                lists.section(p -> week.contains(p.createdAt()) ? Stream.of(Entry.of(p)) : Stream.empty(), BY_TITLE),
                lists.section(
                        p -> movesIn(p, week),
                        Comparator.comparing(MoveEntry::project, BY_TITLE)
                                .thenComparing(m -> m.move().at())),
                lists.section(p -> p.criteriaOverdue() ? Stream.of(Entry.of(p)) : Stream.empty(), BY_TITLE),
                lists.section(p -> p.stalled() ? Stream.of(Entry.of(p)) : Stream.empty(), BY_TITLE),
                lists.section(p -> killedIn(p, week), Comparator.comparing(KillEntry::project, BY_TITLE)),
                projects.stream()
                        .filter(p -> p.nameableIn(postedIn) && waitingToStart(p))
                        .min(BEST_FIRST)
                        .map(Entry::of),
                lists.section(p -> trendIn(p, week), Comparator.comparing(TrendEntry::project, BY_TITLE)));
    }

    /** A <em>Do it now</em> project nobody has started: still in planning. */
    static boolean waitingToStart(PortfolioProject p) {
        return p.stage() == Stage.PLANNING
                && p.placement()
                        .map(Placement::quadrant)
                        .filter(q -> q == Quadrant.DO_IT_NOW)
                        .isPresent();
    }

    private static Stream<MoveEntry> movesIn(PortfolioProject p, IsoWeek week) {
        return p.moves().stream()
                .filter(m -> week.contains(m.at()) && m.kind() != StageMove.Kind.KILL)
                .map(m -> new MoveEntry(Entry.of(p), m));
    }

    /** Killed in the week and not reopened since: a kill undone the same week shows as its reopen move. */
    private static Stream<KillEntry> killedIn(PortfolioProject p, IsoWeek week) {
        if (p.stage() != Stage.KILLED) return Stream.empty();
        return p.moves().stream()
                .filter(m -> m.kind() == StageMove.Kind.KILL)
                .reduce((first, second) -> second)
                .filter(kill -> week.contains(kill.at()))
                .map(kill -> new KillEntry(Entry.of(p), kill.at(), p.killedReason()))
                .stream();
    }

    /** Check-in dates are days on the owner's calendar, so they are compared with the week's days. */
    private static Stream<TrendEntry> trendIn(PortfolioProject p, IsoWeek week) {
        if (p.checkIns().stream().noneMatch(c -> week.containsDay(c.date()))) return Stream.empty();
        return MetricTrend.direction(p.checkIns())
                .filter(d -> d != MetricTrend.Direction.FLAT)
                .map(d -> new TrendEntry(Entry.of(p), MetricTrend.render(p.checkIns()), d))
                .stream();
    }

    /** Splits each list into what may be named where the summary is posted and a count of the rest. */
    private record Lists(List<PortfolioProject> projects, Optional<String> postedIn) {
        <T> Section<T> section(Function<PortfolioProject, Stream<T>> items, Comparator<T> order) {
            var named = new ArrayList<T>();
            int hidden = 0;
            for (PortfolioProject p : projects) {
                List<T> found = items.apply(p).toList();
                if (p.nameableIn(postedIn)) named.addAll(found);
                else hidden += found.size();
            }
            named.sort(order);
            return new Section<>(named, hidden);
        }
    }
}
