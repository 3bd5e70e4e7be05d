package dev.mlidea.bot.card;

import dev.mlidea.conversations.intake.IntakeStatus;
import dev.mlidea.conversations.rituals.Checklist;
import dev.mlidea.conversations.rituals.ChecklistStep;
import dev.mlidea.conversations.rituals.MetricTrend;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.RitualRecord;
import dev.mlidea.storage.UnitOfWork;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a project's rituals put on its card: the stage (with the select that moves it), since when and
 * the iteration, whether the nudges stalled, the next smallest step while it is being planned, and
 * the success criteria with their trend, sign-offs and re-check.
 * Present once the rituals have started, or once the intake is complete (a project completed before
 * rituals existed has no row yet: it is in planning, since an unknown time, until its first move
 * starts the row).
 *
 * @param since when the project entered the stage; empty when that was never recorded
 */
public record CardStage(
        Stage stage,
        Optional<Instant> since,
        int iteration,
        boolean stalled,
        Optional<ChecklistStep> next,
        Optional<CardCriteria> criteria) {

    public CardStage {
        Objects.requireNonNull(stage);
        Objects.requireNonNull(since);
        Objects.requireNonNull(next);
        Objects.requireNonNull(criteria);
        if (iteration < 1) throw new IllegalArgumentException("iterations count from 1: " + iteration);
    }

    /** A stage alone: not stalled, no next step to suggest. */
    public CardStage(Stage stage, Optional<Instant> since, int iteration) {
        this(stage, since, iteration, false, Optional.empty(), Optional.empty());
    }

    /** Without the criteria (the card then shows none). */
    public CardStage(
            Stage stage, Optional<Instant> since, int iteration, boolean stalled, Optional<ChecklistStep> next) {
        this(stage, since, iteration, stalled, next, Optional.empty());
    }

    public static CardStage of(ProjectRecord project, RitualRecord rituals, Optional<CardCriteria> criteria) {
        var done = rituals.stepsDone().stream()
                .map(ChecklistStep::byId)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
        return new CardStage(
                rituals.stage(),
                Optional.of(rituals.stageSince()),
                rituals.iteration(),
                // Whether the nudges stalled does not depend on the zone they are sent in.
                rituals.nudgeState(ZoneOffset.UTC).stalled(),
                Checklist.next(project.intake().answers(), done),
                criteria);
    }

    /** What the card of {@code project} shows now; empty while the intake runs and nothing has started. */
    public static Optional<CardStage> of(UnitOfWork uow, ProjectRecord project) {
        Optional<RitualRecord> rituals = uow.rituals().find(project.teamId(), project.id());
        if (rituals.isPresent()) {
            RitualRecord r = rituals.get();
            var criteria = CardCriteria.of(
                    r.signOffs(),
                    uow.rituals()
                            .askedAbout(r.teamId(), r.projectId(), r.criteria())
                            .size(),
                    MetricTrend.render(uow.rituals().checkIns(r.teamId(), r.projectId())),
                    r.revalidation(),
                    uow.now());
            return Optional.of(of(project, r, Optional.of(criteria)));
        }
        if (project.intake().status() != IntakeStatus.COMPLETED) return Optional.empty();
        return Optional.of(new CardStage(Stage.PLANNING, Optional.empty(), 1));
    }
}
