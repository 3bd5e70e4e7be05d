package dev.mlidea.bot.intake;

import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.UnitOfWork;
import java.util.List;

/** What happens once every question is answered (the assessment), and what it adds to the card. */
public interface AfterIntake {

    /** Called in the same transaction that completed the intake; owes its messages to the outbox. */
    void intakeCompleted(UnitOfWork uow, ProjectRecord project, String actor);

    /** Extra mrkdwn lines for the card (archetype, quadrant, first next step). */
    List<String> cardLines(UnitOfWork uow, ProjectRecord project);
}
