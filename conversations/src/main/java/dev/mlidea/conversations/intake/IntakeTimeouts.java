package dev.mlidea.conversations.intake;

import java.time.Duration;
import java.time.Instant;

/**
 * When a silent intake is nudged and when it is given up: one reminder after a day of silence, and
 * after a week it is marked abandoned (answers kept; {@code resume} picks it up again).
 */
public final class IntakeTimeouts {
    public static final Duration REMIND_AFTER = Duration.ofHours(24);
    public static final Duration ABANDON_AFTER = Duration.ofDays(7);

    public enum Due {
        NOTHING,
        REMIND,
        ABANDON
    }

    private IntakeTimeouts() {}

    /**
     * @param lastActivity the last time an owner moved the intake
     * @param reminded whether the reminder for this silence was sent already
     */
    public static Due due(IntakeStatus status, Instant lastActivity, boolean reminded, Instant now) {
        if (status != IntakeStatus.IN_PROGRESS) return Due.NOTHING;
        Duration silence = Duration.between(lastActivity, now);
        if (silence.compareTo(ABANDON_AFTER) >= 0) return Due.ABANDON;
        if (!reminded && silence.compareTo(REMIND_AFTER) >= 0) return Due.REMIND;
        return Due.NOTHING;
    }
}
