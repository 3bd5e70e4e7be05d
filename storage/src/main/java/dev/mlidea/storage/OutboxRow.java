package dev.mlidea.storage;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A leased outbox row, with what the dispatcher needs from its project. {@code uncertain}: an earlier
 * send may have reached Slack (it timed out, or the process died mid-call), so look before re-posting.
 */
public record OutboxRow(
        long id,
        String teamId,
        Optional<UUID> projectId,
        String lane,
        OutboxKind kind,
        String channelId,
        Optional<String> userId,
        String text,
        Optional<String> blocks,
        int attempts,
        boolean uncertain,
        Instant createdAt,
        Optional<String> cardTs,
        Optional<String> responseUrl,
        Optional<String> questionTs,
        Optional<String> summaryKey) {}
