package dev.mlidea.storage;

import dev.mlidea.conversations.assessment.Archetype;
import dev.mlidea.conversations.assessment.Quadrant;
import dev.mlidea.conversations.intake.IntakeStatus;
import dev.mlidea.conversations.portfolio.PortfolioProject;
import dev.mlidea.conversations.rituals.CheckIn;
import dev.mlidea.conversations.rituals.Checklist;
import dev.mlidea.conversations.rituals.ChecklistStep;
import dev.mlidea.conversations.rituals.ProjectCandidate;
import dev.mlidea.conversations.rituals.Revalidation;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.conversations.rituals.StageMove;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A workspace's projects as the portfolio summary sees them ({@code PortfolioProject}): placement
 * from the newest assessment, stage and its history, stall and overdue criteria, the kill's reason, the
 * metric's check-ins and the next checklist step. Five queries for the whole workspace.
 */
public final class Portfolio {
    private final PortfolioDao dao;
    private final Projects projects;
    private final Instant now;

    Portfolio(PortfolioDao dao, Projects projects, Instant now) {
        this.dao = dao;
        this.projects = projects;
        this.now = now;
    }

    /**
     * Every project of the workspace whose card was posted, oldest first; {@code isPrivate} tells a
     * private channel or DM (whose projects a summary elsewhere counts but never names).
     */
    public List<PortfolioProject> projects(String teamId, Predicate<String> isPrivate) {
        Map<UUID, PortfolioDao.Placement> placements =
                dao.placements(teamId).stream().collect(Collectors.toMap(PortfolioDao.Placement::projectId, p -> p));
        Map<UUID, RitualRecord> rituals =
                dao.rituals(teamId).stream().collect(Collectors.toMap(RitualRecord::projectId, r -> r));
        Map<UUID, List<StageMove>> moves = new HashMap<>();
        dao.moves(teamId)
                .forEach(m -> moves.computeIfAbsent(m.projectId(), id -> new ArrayList<>())
                        .add(m.move()));
        Map<UUID, List<ValidationRecord>> validations = new HashMap<>();
        dao.validations(teamId)
                .forEach(v -> validations
                        .computeIfAbsent(v.projectId(), id -> new ArrayList<>())
                        .add(v));
        var all = new ArrayList<PortfolioProject>();
        for (ProjectRecord p : projects.all(teamId)) {
            if (p.cardTs().isEmpty()) continue; // never seen by anyone: nothing to summarise
            Optional<RitualRecord> r = Optional.ofNullable(rituals.get(p.id()));
            List<ValidationRecord> checks = validations.getOrDefault(p.id(), List.of());
            all.add(new PortfolioProject(
                    p.id(),
                    ProjectCandidate.shortIdOf(p.id()),
                    p.title(),
                    p.channelId(),
                    isPrivate.test(p.channelId()),
                    p.createdAt(),
                    p.intake().status() == IntakeStatus.COMPLETED,
                    Optional.ofNullable(placements.get(p.id())).flatMap(Portfolio::placement),
                    r.map(RitualRecord::stage).orElse(Stage.PLANNING),
                    r.map(RitualRecord::stageSince).orElse(p.createdAt()),
                    r.map(RitualRecord::iteration).orElse(1),
                    moves.getOrDefault(p.id(), List.of()),
                    r.map(x -> x.nudgeState(ZoneOffset.UTC).stalled()).orElse(false),
                    r.map(x -> Revalidation.runsIn(x.stage())
                                    && x.revalidation().status(now) == Revalidation.Status.OVERDUE)
                            .orElse(false),
                    killedReason(checks),
                    checkIns(checks, r.flatMap(RitualRecord::ownerZone).orElse(ZoneOffset.UTC)),
                    r.map(x -> nextStep(p, x)).orElse(Optional.empty()),
                    p.owners()));
        }
        return all;
    }

    /** Archetype ids are stable, so one this version does not know is a newer one: left unplaced, not guessed. */
    private static Optional<PortfolioProject.Placement> placement(PortfolioDao.Placement p) {
        double impact = p.impact().doubleValue();
        double feasibility = p.feasibility().doubleValue();
        // The quadrant follows the scores; stored ids differ by scoring model (0008), the scores do not.
        return Archetype.byId(p.archetype())
                .map(a -> new PortfolioProject.Placement(impact, feasibility, Quadrant.of(impact, feasibility), a));
    }

    private static Optional<String> killedReason(List<ValidationRecord> checks) {
        for (int i = checks.size() - 1; i >= 0; i--) {
            if (checks.get(i).outcome() == ValidationRecord.Outcome.KILLED)
                return checks.get(i).reason();
        }
        return Optional.empty();
    }

    private static List<CheckIn> checkIns(List<ValidationRecord> checks, ZoneId zone) {
        return checks.stream()
                .filter(v -> v.metricText().isPresent())
                .map(v -> new CheckIn(
                        v.at().atZone(zone).toLocalDate(), v.metricText().get(), v.metricNumber()))
                .toList();
    }

    private static Optional<ChecklistStep> nextStep(ProjectRecord p, RitualRecord r) {
        if (r.stage() != Stage.PLANNING) return Optional.empty();
        var done = r.stepsDone().stream()
                .map(ChecklistStep::byId)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
        return Checklist.next(p.intake().answers(), done);
    }
}
