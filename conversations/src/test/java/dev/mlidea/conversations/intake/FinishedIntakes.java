package dev.mlidea.conversations.intake;

import java.util.Optional;
import java.util.Set;

/** Intakes in a given state, reached by answering through the flow as an owner would. */
final class FinishedIntakes {
    private FinishedIntakes() {}

    /** Every question answered with the plainest valid answer: not Software 2.0, so no flywheel. */
    static IntakeState completed() {
        IntakeStep step = IntakeFlow.start(IntakeMode.FULL);
        while (step.state().status() == IntakeStatus.IN_PROGRESS) {
            Question q =
                    Questionnaire.byKey(step.state().currentKey().orElseThrow()).orElseThrow();
            step = IntakeFlow.handle(step.state(), new IntakeInput.Typed(SampleAnswers.typed(q)));
        }
        return step.state();
    }

    static IntakeState asking(String key) {
        IntakeState done = completed();
        return new IntakeState(IntakeStatus.IN_PROGRESS, IntakeMode.FULL, done.answers(), Optional.of(key), Set.of());
    }

    static IntakeState stopped(IntakeStatus status) {
        return new IntakeState(status, IntakeMode.FULL, completed().answers(), Optional.empty(), Set.of());
    }
}
