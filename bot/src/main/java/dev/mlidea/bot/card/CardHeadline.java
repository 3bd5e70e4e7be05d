package dev.mlidea.bot.card;

import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.UnitOfWork;
import java.util.List;
import java.util.Optional;

/**
 * What a project's newest assessment adds to its card. The card's package owns this so that whoever
 * redraws the card (the intake, the deadline sweep) needs to know nothing of assessments.
 */
public interface CardHeadline {

    /** Extra mrkdwn lines for the card (archetype, quadrant, first next step); none before an assessment. */
    List<String> cardLines(UnitOfWork uow, ProjectRecord project);

    /** What the project's rituals add to the card (stage, stall, next step); none before they start. */
    default Optional<CardRituals> rituals(UnitOfWork uow, ProjectRecord project) {
        return Optional.empty();
    }
}
