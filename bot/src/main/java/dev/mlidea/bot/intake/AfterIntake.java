package dev.mlidea.bot.intake;

import dev.mlidea.bot.card.CardHeadline;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.UnitOfWork;

/**
 * What happens once every question is answered (the assessment), and what it adds to the card. The
 * intake owns this interface and the assessment implements it, so the dependency points one way.
 */
public interface AfterIntake extends CardHeadline {

    /** Called in the same transaction that completed the intake; owes its messages to the outbox. */
    void intakeCompleted(UnitOfWork uow, ProjectRecord project, String actor);

    /**
     * An owner changed the project's intake (an answer, an edit, {@code more}): progress, once its
     * rituals have started. Called in the same transaction, after the change is saved.
     */
    default void intakeChanged(UnitOfWork uow, ProjectRecord project) {}
}
