package dev.mlidea.bot.rituals;

import dev.mlidea.bot.criteria.CriteriaRituals;
import dev.mlidea.bot.stage.StageRituals;
import dev.mlidea.conversations.intake.Questionnaire;
import dev.mlidea.conversations.rituals.Cadence;
import dev.mlidea.conversations.rituals.Checklist;
import dev.mlidea.conversations.rituals.ChecklistStep;
import dev.mlidea.conversations.rituals.NudgePolicy;
import dev.mlidea.conversations.rituals.Revalidation;
import dev.mlidea.conversations.rituals.SignOffs;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.RitualRecord;
import dev.mlidea.storage.UnitOfWork;
import dev.mlidea.storage.UserZone;
import dev.mlidea.storage.ValidationRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Starts a project's rituals when its intake first completes, pushes the next nudge out whenever
 * someone acts on it (a stage move included). Every change of state is saved with the time the
 * next ritual work is due, in the same transaction (docs/decisions/0012, "Scheduling").
 */
public final class RitualStart implements StageRituals, CriteriaRituals {
    private final ZoneId defaultZone;

    /** Nudge days and the default cadence come from each workspace's settings (defaults until set). */
    public RitualStart(ZoneId defaultZone) {
        this.defaultZone = Objects.requireNonNull(defaultZone);
    }

    /**
     * The intake completed (for the first time, or again after an edit or {@code more}): the rituals
     * start, with the intake's criteria, stakeholders and cadence. If they had started, that is progress,
     * and the rituals take what the intake now says: an edited criteria answer is an update of the
     * criteria (recorded, clearing the agreements to the old wording, and a re-check done by {@code
     * actor}), other stakeholders keep only their own agreements, another cadence counts from the last check.
     */
    public void intakeCompleted(UnitOfWork uow, ProjectRecord project, String actor) {
        Instant now = uow.now();
        var answers = project.intake().answers();
        SignOffs asked = SignOffs.from(answers);
        Cadence cadence = cadence(uow, project);
        var initial =
                RitualRecord.started(project.teamId(), project.id(), now, asked, cadence, knownZone(uow, project));
        if (uow.rituals().start(project.teamId(), project.id(), initial)) {
            uow.rituals().setNextDue(project.teamId(), project.id(), nextDue(uow, initial, now));
            return;
        }
        uow.rituals().lock(project.teamId(), project.id()).ifPresent(r -> {
            SignOffs current =
                    r.signOffs().withStakeholders(asked.stakeholders()).withCriteria(asked.criteria());
            RitualRecord after = r.withCadence(cadence).withProgress(now);
            if (!current.criteria().equals(r.criteria())) {
                uow.rituals()
                        .recordValidation(new ValidationRecord(
                                r.teamId(),
                                r.projectId(),
                                actor,
                                now,
                                ValidationRecord.Outcome.UPDATED,
                                r.criteria(),
                                Optional.of(current.criteria()),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                current.agreed()));
                after = after.withRevalidation(Revalidation.validated(now, after.cadence()));
            }
            save(uow, after.withSignOffs(current, now));
        });
    }

    /** A completed project whose rituals never started (it completed before they existed). */
    @Override
    public void start(UnitOfWork uow, ProjectRecord project) {
        intakeCompleted(uow, project, project.proposerId());
    }

    /**
     * A stage move (recorded by {@code StageMoves}, the one way a stage changes): progress, so the
     * nudges start again from here, and the next one is due by the new stage's rules (none while
     * paused or killed).
     */
    @Override
    public void moved(UnitOfWork uow, RitualRecord r) {
        save(uow, r.withProgress(uow.now()));
    }

    /** Someone acted on the project (an answer, a step, a stage move): the next nudge moves out. */
    public void progressed(UnitOfWork uow, ProjectRecord project) {
        uow.rituals().lock(project.teamId(), project.id()).ifPresent(r -> save(uow, r.withProgress(uow.now())));
    }

    /** Saves {@code r} (locked by the caller) and when its next ritual work is due. */
    @Override
    public void save(UnitOfWork uow, RitualRecord r) {
        uow.rituals().save(r);
        uow.rituals().setNextDue(r.teamId(), r.projectId(), nextDue(uow, r, uow.now()));
    }

    /**
     * When the sweep should look at the project next: the sooner of its next nudge (while a checklist
     * step is left to suggest) and the next step of its criteria re-check. In the owner's working hours
     * when their zone is known; when it is not, the earliest any zone allows, so the sweep (which asks
     * Slack for the zone first) is never late: it finds the hour wrong and waits.
     */
    Optional<Instant> nextDue(UnitOfWork uow, RitualRecord r, Instant now) {
        boolean zoneKnown = r.ownerZone().isPresent();
        NudgePolicy policy = policy(uow, r.teamId());
        Optional<Instant> nudge = Optional.empty();
        if (stepLeft(uow, r)) {
            nudge = zoneKnown
                    ? policy.nextNudgeAt(r.nudgeState(defaultZone), now)
                    : policy.earliestNudgeAt(r.nudgeState(defaultZone), now);
        }
        Optional<Instant> recheck = Optional.empty();
        if (Revalidation.runsIn(r.stage())) {
            recheck = (zoneKnown
                            ? r.revalidation().next(now, r.ownerZone().get())
                            : r.revalidation().earliest(now))
                    .map(Revalidation.Next::at);
        }
        if (nudge.isEmpty()) return recheck;
        if (recheck.isEmpty()) return nudge;
        return Optional.of(nudge.get().isBefore(recheck.get()) ? nudge.get() : recheck.get());
    }

    /** Whether the checklist still has a step to suggest (a project gone is treated as having none). */
    private static boolean stepLeft(UnitOfWork uow, RitualRecord r) {
        return uow.projects()
                .find(r.teamId(), r.projectId())
                .flatMap(p -> Checklist.next(p.intake().answers(), stepsDone(r)))
                .isPresent();
    }

    ZoneId defaultZone() {
        return defaultZone;
    }

    /** The workspace's nudge rules: its settings' idle days. */
    NudgePolicy policy(UnitOfWork uow, String teamId) {
        return uow.settings().get(teamId, defaultZone).nudgePolicy();
    }

    /** The cadence the intake picked; the workspace's default when it was not asked or skipped. */
    private Cadence cadence(UnitOfWork uow, ProjectRecord project) {
        return project.intake()
                .answers()
                .picked(Questionnaire.REVALIDATE_EVERY)
                .flatMap(Cadence::fromChoice)
                .orElseGet(
                        () -> uow.settings().get(project.teamId(), defaultZone).defaultCadence());
    }

    static Set<ChecklistStep> stepsDone(RitualRecord r) {
        return r.stepsDone().stream()
                .map(ChecklistStep::byId)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The first owner's zone as Slack last told it, when it did. */
    static Optional<ZoneId> knownZone(UnitOfWork uow, ProjectRecord project) {
        return uow.rituals().zone(project.teamId(), owner(project)).map(UserZone::zone);
    }

    /** Whose working hours count: the first owner's (the proposer's, unless owners were changed). */
    static String owner(ProjectRecord project) {
        return project.owners().isEmpty()
                ? project.proposerId()
                : project.owners().get(0);
    }
}
