package dev.mlidea.conversations.portfolio;

import dev.mlidea.conversations.assessment.Archetype;
import dev.mlidea.conversations.assessment.Quadrant;
import dev.mlidea.conversations.portfolio.PortfolioProject.Placement;
import dev.mlidea.conversations.rituals.ChecklistStep;
import dev.mlidea.conversations.rituals.MetricTrend;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.conversations.rituals.StageMove;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a weekly portfolio summary says: the counts of every project, and the lists of what happened in
 * the week. Every project is counted; a project in a private channel or a direct message is named only
 * when the summary is posted in its own channel, and is otherwise only a number in each {@link Section}.
 *
 * <p>Every list is ordered by project title (ignoring case, then exactly), then by project id (as text); moves of
 * one project by time. Lists hold events of the week ({@link #newThisWeek}, {@link #moves}, {@link
 * #killed}, {@link #trends}) or states as of now ({@link #overdue}, {@link #stalled}).
 *
 * @param byQuadrant assessed projects by quadrant, every quadrant present
 * @param byArchetype assessed projects by archetype, every archetype present
 * @param byStage projects whose intake is complete, by stage, every stage present
 * @param inIntake projects whose intake is not complete
 * @param privateProjects projects counted here that no list names
 * @param newThisWeek projects created in the week
 * @param moves stage moves made in the week, kills excepted: those are in {@link #killed}
 * @param overdue projects whose success-criteria re-check is overdue
 * @param stalled projects marked stalled
 * @param killed projects killed in the week and still killed
 * @param bestDoItNow among the projects this summary may name, the <em>Do it now</em> project still in
 *     planning with the highest impact + feasibility (ties: the oldest, then the lowest id as text)
 * @param trends projects with a check-in dated in the week whose metric moved (the last two numbers
 *     shown differ)
 */
public record WeeklySummary(
        IsoWeek week,
        int total,
        Map<Quadrant, Integer> byQuadrant,
        Map<Archetype, Integer> byArchetype,
        Map<Stage, Integer> byStage,
        int inIntake,
        int privateProjects,
        Section<Entry> newThisWeek,
        Section<MoveEntry> moves,
        Section<Entry> overdue,
        Section<Entry> stalled,
        Section<KillEntry> killed,
        Optional<Entry> bestDoItNow,
        Section<TrendEntry> trends) {

    /**
     * A project a summary may name, with what its lines show.
     *
     * @param stageSince when it entered its current stage
     * @param iteration its current lifecycle iteration
     */
    public record Entry(
            UUID id,
            String shortId,
            String title,
            Stage stage,
            Instant stageSince,
            int iteration,
            Optional<Placement> placement,
            Optional<ChecklistStep> nextStep) {
        public Entry {
            Objects.requireNonNull(id);
            Objects.requireNonNull(shortId);
            Objects.requireNonNull(title);
            Objects.requireNonNull(stage);
            Objects.requireNonNull(stageSince);
            Objects.requireNonNull(placement);
            Objects.requireNonNull(nextStep);
        }

        static Entry of(PortfolioProject p) {
            return new Entry(
                    p.id(),
                    p.shortId(),
                    p.title(),
                    p.stage(),
                    p.stageSince(),
                    p.iteration(),
                    p.placement(),
                    p.nextStep());
        }
    }

    /** One stage move; {@code move.kind()} tells an iteration (BACK) from a step forward. */
    public record MoveEntry(Entry project, StageMove move) {
        public MoveEntry {
            Objects.requireNonNull(project);
            Objects.requireNonNull(move);
        }
    }

    /** A project killed in the week; the reason is as typed. */
    public record KillEntry(Entry project, Instant killedAt, Optional<String> reason) {
        public KillEntry {
            Objects.requireNonNull(project);
            Objects.requireNonNull(killedAt);
            Objects.requireNonNull(reason);
        }
    }

    /** A metric that moved: {@link MetricTrend#render}'s line (user text, unescaped) and its direction. */
    public record TrendEntry(Entry project, String line, MetricTrend.Direction direction) {
        public TrendEntry {
            Objects.requireNonNull(project);
            Objects.requireNonNull(line);
            Objects.requireNonNull(direction);
        }
    }

    public WeeklySummary {
        Objects.requireNonNull(week);
        byQuadrant = complete(Quadrant.class, byQuadrant);
        byArchetype = complete(Archetype.class, byArchetype);
        byStage = complete(Stage.class, byStage);
        Objects.requireNonNull(newThisWeek);
        Objects.requireNonNull(moves);
        Objects.requireNonNull(overdue);
        Objects.requireNonNull(stalled);
        Objects.requireNonNull(killed);
        Objects.requireNonNull(bestDoItNow);
        Objects.requireNonNull(trends);
    }

    /**
     * The summary of {@code projects} for {@code week}, to be posted in the channel {@code postedIn}
     * (empty when it is shown to one person privately, where only public projects are named).
     */
    public static WeeklySummary of(List<PortfolioProject> projects, IsoWeek week, Optional<String> postedIn) {
        return SummaryRules.summarize(projects, week, postedIn);
    }

    /** Nothing happened this week: nothing new, no moves, no kills, no metric moved. */
    public boolean quiet() {
        return newThisWeek.isEmpty() && moves.isEmpty() && killed.isEmpty() && trends.isEmpty();
    }

    /** The projects that have been assessed. */
    public int assessed() {
        return byQuadrant.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static <K extends Enum<K>> Map<K, Integer> complete(Class<K> type, Map<K, Integer> counts) {
        var all = new EnumMap<K, Integer>(type);
        for (K key : type.getEnumConstants()) all.put(key, counts.getOrDefault(key, 0));
        return Collections.unmodifiableMap(all);
    }
}
