package dev.mlidea.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * One nudge as sent: when, the checklist step it suggested, and its number since the last progress
 * (1–3).
 */
public record NudgeRecord(Instant sentAt, String stepId, int number) {
    public NudgeRecord {
        Objects.requireNonNull(sentAt);
        Objects.requireNonNull(stepId);
    }
}
