package dev.mlidea.bot.intake;

import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.outbox.DeliveryFollowUps;
import dev.mlidea.storage.OutboxKind;
import dev.mlidea.storage.OutboxMessage;
import dev.mlidea.storage.OutboxRow;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.UnitOfWork;

/**
 * What the proposer is told when the project's card cannot go out: how to invite the bot, or Slack's
 * reason, privately through the slash command's response_url.
 */
public final class DeliveryNotices implements DeliveryFollowUps {
    @Override
    public void inviteNeeded(UnitOfWork uow, ProjectRecord project) {
        project.responseUrl().ifPresent(url -> {
            SlackMessage m = InviteMessages.inviteNeeded(project.title());
            uow.outbox()
                    .send(OutboxMessage.respond(project.teamId(), project.channelId(), url, m.text(), m.blocksJson()));
        });
    }

    @Override
    public void gaveUp(UnitOfWork uow, OutboxRow row, String error) {
        // A card that cannot be posted leaves the proposer waiting for nothing; other rows fail quietly.
        if (row.kind() == OutboxKind.POST_CARD && row.responseUrl().isPresent()) {
            SlackMessage m = InviteMessages.cardFailed(error);
            uow.outbox()
                    .send(OutboxMessage.respond(
                            row.teamId(), row.channelId(), row.responseUrl().get(), m.text(), m.blocksJson()));
        }
    }
}
