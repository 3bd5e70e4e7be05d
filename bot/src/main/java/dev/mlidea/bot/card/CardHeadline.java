package dev.mlidea.bot.card;

import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.UnitOfWork;
import java.util.List;

/**
 * What a project's newest assessment adds to its card. The card's package owns this so that whoever
 * redraws the card (the intake, the deadline sweep) needs to know nothing of assessments.
 */
public interface CardHeadline {

    /** Extra mrkdwn lines for the card (archetype, quadrant, first next step); none before an assessment. */
    List<String> cardLines(UnitOfWork uow, ProjectRecord project);

    /**
     * The card as it stands: its stage (from the project's rituals) and these lines. Every redraw goes
     * through here, so that no redraw for another reason puts the card back in planning.
     */
    default SlackMessage card(UnitOfWork uow, ProjectRecord project) {
        return CardMessages.card(project, CardStage.of(uow, project), cardLines(uow, project));
    }
}
