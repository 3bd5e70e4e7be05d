package dev.mlidea.conversations.intake;

import java.util.List;

/** The outcome of one intake input: the new state and what to say. An ignored input says nothing. */
public record IntakeStep(IntakeState state, List<IntakeReply> replies) {
    public IntakeStep {
        replies = List.copyOf(replies);
    }
}
