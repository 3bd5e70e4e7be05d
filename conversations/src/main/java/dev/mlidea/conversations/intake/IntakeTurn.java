package dev.mlidea.conversations.intake;

import java.util.List;

/**
 * Who moves an intake: only its owners. Anyone else may talk in the thread, and what they type is
 * discussion, not an answer; their clicks change nothing.
 */
public sealed interface IntakeTurn {

    /** An owner's input, taken: the intake's next step. */
    record Taken(IntakeStep step) implements IntakeTurn {}

    /** Someone else typed in the thread: welcome, and not an answer. */
    record Discussion() implements IntakeTurn {}

    /** Someone else clicked or ticked an answer: nothing changes. */
    record NotAnOwner() implements IntakeTurn {}

    static IntakeTurn of(List<String> owners, String actor, IntakeState state, IntakeInput input) {
        if (owners.contains(actor)) return new Taken(IntakeFlow.handle(state, input));
        return input instanceof IntakeInput.Typed ? new Discussion() : new NotAnOwner();
    }
}
