package dev.mlidea.bot.inbox;

import com.google.gson.Gson;
import dev.mlidea.bot.requests.InboxKind;
import dev.mlidea.bot.requests.InboxPayload;
import dev.mlidea.storage.InboxItem;
import dev.mlidea.storage.Storage;

/**
 * Where listeners put a request before they ack it. Storing first means that an answer Slack was told
 * we received is already in Postgres: a crash after the ack loses nothing.
 */
public final class Inbox {
    private static final Gson GSON = new Gson();

    private final Storage storage;
    private final Runnable wakeWorker;

    public Inbox(Storage storage, Runnable wakeWorker) {
        this.storage = storage;
        this.wakeWorker = wakeWorker;
    }

    /**
     * Stores the request unless one with the same dedup key is stored already (a Slack retry), then
     * wakes the worker. Returns false for a duplicate.
     */
    public boolean record(String teamId, String dedupKey, String orderingKey, InboxKind kind, InboxPayload payload) {
        boolean stored = storage.inTransaction(
                uow -> uow.enqueue(new InboxItem(teamId, dedupKey, orderingKey, kind.name(), GSON.toJson(payload))));
        wakeWorker.run();
        return stored;
    }

    static InboxPayload payload(String json) {
        return GSON.fromJson(json, InboxPayload.class);
    }
}
