package dev.mlidea.bot.card;

import dev.mlidea.conversations.intake.IntakeStatus;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.RitualRecord;
import dev.mlidea.storage.UnitOfWork;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The stage a card shows, with the select that moves it. Present once the project's rituals have
 * started, or once its intake is complete (a project completed before rituals existed has no row
 * yet: it is in planning, since an unknown time, until its first move starts the row).
 *
 * @param since when the project entered the stage; empty when that was never recorded
 */
public record CardStage(Stage stage, Optional<Instant> since, int iteration) {

    public CardStage {
        Objects.requireNonNull(stage);
        Objects.requireNonNull(since);
        if (iteration < 1) throw new IllegalArgumentException("iterations count from 1: " + iteration);
    }

    public static CardStage of(RitualRecord rituals) {
        return new CardStage(rituals.stage(), Optional.of(rituals.stageSince()), rituals.iteration());
    }

    /** What the card of {@code project} shows now; empty while the intake runs and nothing has started. */
    public static Optional<CardStage> of(UnitOfWork uow, ProjectRecord project) {
        Optional<RitualRecord> rituals = uow.rituals().find(project.teamId(), project.id());
        if (rituals.isPresent()) return rituals.map(CardStage::of);
        if (project.intake().status() != IntakeStatus.COMPLETED) return Optional.empty();
        return Optional.of(new CardStage(Stage.PLANNING, Optional.empty(), 1));
    }
}
