package dev.mlidea.storage;

/** Whether a project's card is in its channel yet. */
public enum Delivery {
    /** Not posted yet: the outbox holds the card. */
    PENDING,
    /** The card is posted; {@link ProjectRecord#cardTs()} is its thread. */
    POSTED,
    /** The bot is not in this (private) channel: messages wait in the outbox until it is invited. */
    AWAITING_INVITE
}
