package dev.mlidea.storage;

/**
 * A Slack request waiting to be handled. {@code dedupKey} is Slack's event id (or trigger id), so a
 * retried delivery is stored once; items with the same {@code orderingKey} are handled in arrival
 * order, one at a time, across every replica.
 */
public record InboxItem(String teamId, String dedupKey, String orderingKey, String kind, String payload) {}
