package dev.mlidea.conversations.rituals;

import java.time.Instant;
import java.util.Objects;

/** What {@link NudgePolicy#decide} says to do about a project now. */
public sealed interface NudgeDecision {

    /** Send a "just get started" nudge now; it is the {@code number}th since the last progress (1–3). */
    record Nudge(int number) implements NudgeDecision {}

    /** Send no nudge: mark the project stalled (three nudges went unanswered); no more until someone acts. */
    record Stall() implements NudgeDecision {}

    /** Nothing now; look again at {@code at}. */
    record Wait(Instant at) implements NudgeDecision {
        public Wait {
            Objects.requireNonNull(at);
        }
    }

    /** Never, as things stand: the project is past planning (or paused, killed), or stalled. */
    record Never(Reason reason) implements NudgeDecision {
        public Never {
            Objects.requireNonNull(reason);
        }
    }

    enum Reason {
        NOT_PLANNING,
        STALLED
    }
}
