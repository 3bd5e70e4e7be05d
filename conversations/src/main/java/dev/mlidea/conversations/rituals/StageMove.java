package dev.mlidea.conversations.rituals;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded change of stage: who moved the project, when, and the lifecycle iteration it is in
 * afterwards (1 for the first pass; "back to data, iteration 2" after going back).
 *
 * @param by the Slack user id of the person who moved it
 */
public record StageMove(Stage from, Stage to, Instant at, String by, int iteration) {

    /** What kind of change a move is, for the wording of its announcement. */
    public enum Kind {
        /** On to a later lifecycle stage (skipping some is allowed). */
        FORWARD,
        /** Back to an earlier lifecycle stage: a new iteration. */
        BACK,
        PAUSE,
        /** From PAUSED to a lifecycle stage. */
        RESUME,
        KILL,
        /** From KILLED back to where the project was: see {@link StageHistory#reopen}. */
        REOPEN
    }

    public StageMove {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        Objects.requireNonNull(at);
        Objects.requireNonNull(by);
        if (from == to) throw new IllegalArgumentException("a move changes the stage: " + from);
        if (iteration < 1) throw new IllegalArgumentException("iterations count from 1: " + iteration);
    }

    public Kind kind() {
        if (to == Stage.KILLED) return Kind.KILL;
        if (to == Stage.PAUSED) return Kind.PAUSE;
        if (from == Stage.KILLED) return Kind.REOPEN;
        if (from == Stage.PAUSED) return Kind.RESUME;
        return to.ordinal() > from.ordinal() ? Kind.FORWARD : Kind.BACK;
    }
}
