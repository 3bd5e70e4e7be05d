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
 * reason, privately through the slash command's response_url. When a direct message about a project
 * cannot be sent, its first owner is told in the thread, privately.
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
        if (row.kind() == OutboxKind.DIRECT_MESSAGE && row.projectId().isPresent()) {
            uow.projects().find(row.teamId(), row.projectId().get()).ifPresent(project -> {
                // Ephemeral: a stakeholder is never pinged by a post in the thread, even to be named.
                String owner = project.owners().isEmpty()
                        ? project.proposerId()
                        : project.owners().get(0);
                SlackMessage m = InviteMessages.directMessageFailed(row.userId().orElseThrow(), error);
                uow.outbox().send(OutboxMessage.ephemeral(project, owner, m.text(), m.blocksJson()));
            });
        }
    }
}
