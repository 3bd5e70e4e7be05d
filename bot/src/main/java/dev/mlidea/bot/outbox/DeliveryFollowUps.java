package dev.mlidea.bot.outbox;

import dev.mlidea.storage.OutboxRow;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.UnitOfWork;

/**
 * What the product says when a delivery goes wrong for good. The dispatcher only records what Slack
 * answered; the words belong to the feature that owns the conversation (wired in by the server).
 */
public interface DeliveryFollowUps {
    /** The bot must be invited to the project's channel; its messages wait until it is. */
    void inviteNeeded(UnitOfWork uow, ProjectRecord project);

    /** Slack refused {@code row} for good with {@code error}. */
    void gaveUp(UnitOfWork uow, OutboxRow row, String error);
}
