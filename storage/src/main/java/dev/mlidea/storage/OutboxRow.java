package dev.mlidea.storage;

import java.util.Optional;
import java.util.UUID;

/** A claimed outbox row, with what the dispatcher needs from its project. */
public record OutboxRow(
        long id,
        String teamId,
        Optional<UUID> projectId,
        OutboxKind kind,
        String channelId,
        Optional<String> userId,
        String text,
        Optional<String> blocks,
        int attempts,
        Optional<String> cardTs,
        Optional<String> responseUrl) {}
