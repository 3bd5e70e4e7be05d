package dev.mlidea.storage;

import java.time.Instant;

/** A stored inbox item, as claimed by a worker. */
public record InboxRow(
        long id, String teamId, String kind, String payload, int attempts, Instant receivedAt, Instant notBefore) {}
