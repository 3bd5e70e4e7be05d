package dev.mlidea.bot.inbox;

import dev.mlidea.storage.InboxRow;
import dev.mlidea.storage.UnitOfWork;

/** Does what one stored request asks, inside the worker's transaction; returns a short outcome (ids, no text). */
@FunctionalInterface
public interface RequestHandler {
    String handle(UnitOfWork uow, InboxRow row);
}
