package dev.mlidea.conversations.rituals;

import java.util.Objects;

/** What a request to change a project's stage comes to: see {@link StageHistory#move}. */
public sealed interface StageDecision {

    /** The move to record; {@link StageHistory#with} gives the history after it. */
    record Moved(StageMove move) implements StageDecision {
        public Moved {
            Objects.requireNonNull(move);
        }
    }

    /** Nothing changes, for this reason. */
    record Refused(Refusal reason) implements StageDecision {
        public Refused {
            Objects.requireNonNull(reason);
        }
    }

    enum Refusal {
        /** The project is in that stage already. */
        ALREADY_THERE,
        /** A killed project moves only by an explicit reopen, never by a stage command. */
        KILLED,
        /** Only a killed project can be reopened. */
        NOT_KILLED
    }
}
