package dev.mlidea.conversations.rituals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to nudge a project that is still being planned: the lecture's "Just Get Started!" ("don't
 * forget the most important component of engineering: actually building! Dive in and get started.")
 * turned into a gentle, rare reminder. Only PLANNING projects are nudged: once a team has moved on it
 * is building, and a paused or killed project was a decision.
 *
 * <p>A nudge is due at the latest of: the last progress plus the idle days (7 by default); the last
 * nudge plus {@link #MIN_GAP} (at most one nudge a week, whatever happens); the end of a snooze; now —
 * then moved to the start of the owner's next working hours. After {@link #STALL_AFTER} nudges in a row
 * without progress, the next due nudge is not sent: the project is marked stalled instead, and nothing
 * more is sent until someone acts. See docs/decisions/0010-rituals-timing.md.
 *
 * @param idleDays days without progress before the first nudge
 */
public record NudgePolicy(int idleDays) {
    public static final int DEFAULT_IDLE_DAYS = 7;
    public static final Duration MIN_GAP = Duration.ofDays(7);
    public static final int STALL_AFTER = 3;

    public NudgePolicy {
        if (idleDays < 1) throw new IllegalArgumentException("idle days must be at least 1: " + idleDays);
    }

    public static NudgePolicy standard() {
        return new NudgePolicy(DEFAULT_IDLE_DAYS);
    }

    /**
     * When the next nudge (or the stall that replaces the fourth) is due: never before {@code now},
     * always inside the owner's working hours. Empty when none will come as things stand.
     */
    public Optional<Instant> nextNudgeAt(NudgeState project, Instant now) {
        return earliestNudgeAt(project, now).map(at -> WorkingHours.nextStartAtOrAfter(at, project.ownerZone()));
    }

    /**
     * When the next nudge could be due in any time zone: {@link #nextNudgeAt} before it is moved into
     * working hours (so never after it, whatever {@code project.ownerZone()} is). For a caller that
     * does not know the owner's zone yet and must not look too late.
     */
    public Optional<Instant> earliestNudgeAt(NudgeState project, Instant now) {
        if (project.stage() != Stage.PLANNING || project.stalled()) return Optional.empty();
        Instant earliest = latest(now, project.lastProgress().plus(Duration.ofDays(idleDays)));
        if (project.lastNudge().isPresent())
            earliest = latest(earliest, project.lastNudge().get().plus(MIN_GAP));
        if (project.snoozedUntil().isPresent())
            earliest = latest(earliest, project.snoozedUntil().get());
        return Optional.of(earliest);
    }

    /** What to do about the project at {@code now}. */
    public NudgeDecision decide(NudgeState project, Instant now) {
        if (project.stage() != Stage.PLANNING) return new NudgeDecision.Never(NudgeDecision.Reason.NOT_PLANNING);
        if (project.stalled()) return new NudgeDecision.Never(NudgeDecision.Reason.STALLED);
        Instant at = nextNudgeAt(project, now).orElseThrow();
        if (at.isAfter(now)) return new NudgeDecision.Wait(at);
        int ignored = project.ignoredSinceProgress();
        return ignored >= STALL_AFTER ? new NudgeDecision.Stall() : new NudgeDecision.Nudge(ignored + 1);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
