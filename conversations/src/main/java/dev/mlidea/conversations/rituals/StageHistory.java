package dev.mlidea.conversations.rituals;

import dev.mlidea.conversations.rituals.StageDecision.Moved;
import dev.mlidea.conversations.rituals.StageDecision.Refusal;
import dev.mlidea.conversations.rituals.StageDecision.Refused;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A project's stage moves, oldest first. A project starts in PLANNING, iteration 1.
 *
 * <p>The rules, and why:
 *
 * <ul>
 *   <li>Any lifecycle stage may follow any other. Forward, stages may be skipped (a team with its data
 *       goes from planning to training). Back to an earlier stage than the last lifecycle stage is a
 *       new iteration, never a mistake: the lecture says "Machine learning projects tend to be very
 *       iterative … This could repeat itself multiple times as you progress through a project. It's a
 *       normal and expected part of the machine learning product development process."
 *   <li>PAUSED and KILLED may be chosen from anywhere.
 *   <li>From PAUSED, any stage: resuming where the project was keeps the iteration; resuming at an
 *       earlier stage than that is a new iteration, as above.
 *   <li>KILLED is final for {@code /mlidea stage}: no stage command revives a project. Because a kill
 *       can be a slip of the finger (the wrong project named), {@link #reopen} undoes it explicitly,
 *       back to the stage it was killed from, iteration unchanged; a killed idea tried again for real
 *       is better served by a new intake, which asks again whether ML is needed at all.
 * </ul>
 */
public record StageHistory(List<StageMove> moves) {

    public static final Stage INITIAL = Stage.PLANNING;

    public StageHistory {
        moves = List.copyOf(moves);
        Stage at = INITIAL;
        int iteration = 1;
        for (StageMove move : moves) {
            if (move.from() != at) {
                throw new IllegalArgumentException("move from " + move.from() + " recorded while in " + at);
            }
            if (move.iteration() < iteration) {
                throw new IllegalArgumentException("iteration " + move.iteration() + " after " + iteration);
            }
            at = move.to();
            iteration = move.iteration();
        }
    }

    public static StageHistory start() {
        return new StageHistory(List.of());
    }

    public Stage current() {
        return moves.isEmpty() ? INITIAL : moves.get(moves.size() - 1).to();
    }

    public int iteration() {
        return moves.isEmpty() ? 1 : moves.get(moves.size() - 1).iteration();
    }

    /** The last lifecycle stage the project was in: the current one, or the one before a pause or kill. */
    public Stage lastLifecycleStage() {
        for (int i = moves.size() - 1; i >= 0; i--) {
            if (moves.get(i).to().isLifecycle()) return moves.get(i).to();
        }
        return INITIAL;
    }

    /** The move {@code /mlidea stage <project> <to>} makes, or why it makes none. */
    public StageDecision move(Stage to, String by, Instant at) {
        Objects.requireNonNull(to);
        Stage from = current();
        if (from == Stage.KILLED) return new Refused(Refusal.KILLED);
        if (to == from) return new Refused(Refusal.ALREADY_THERE);
        int iteration = iteration();
        if (to.isLifecycle() && to.ordinal() < lastLifecycleStage().ordinal()) iteration++;
        return new Moved(new StageMove(from, to, at, by, iteration));
    }

    /** Undoes a kill: back to the stage the project was killed from (a pause included), same iteration. */
    public StageDecision reopen(String by, Instant at) {
        if (current() != Stage.KILLED) return new Refused(Refusal.NOT_KILLED);
        StageMove kill = moves.get(moves.size() - 1);
        return new Moved(new StageMove(Stage.KILLED, kill.from(), at, by, iteration()));
    }

    /** The history with a move from {@link #move} or {@link #reopen} appended. */
    public StageHistory with(StageMove move) {
        var all = new ArrayList<>(moves);
        all.add(move);
        return new StageHistory(all);
    }
}
