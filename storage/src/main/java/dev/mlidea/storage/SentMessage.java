package dev.mlidea.storage;

import java.util.Optional;

/** An outbox row's kind and fate, as stored. */
public record SentMessage(OutboxKind kind, String status, Optional<String> sentTs) {}
