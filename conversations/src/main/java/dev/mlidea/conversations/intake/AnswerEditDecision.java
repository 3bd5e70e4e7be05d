package dev.mlidea.conversations.intake;

/** What a request to edit one answer of a finished intake comes to: see {@link AnswerEdit}. */
public sealed interface AnswerEditDecision {

    /** The question is open again, showing its answer; answering it completes the intake again. */
    record Reopen(IntakeStep step) implements AnswerEditDecision {}

    /** Nothing changes, for this reason. */
    record Refuse(Refusal reason) implements AnswerEditDecision {}

    enum Refusal {
        /** Only a project's owners change its answers. */
        NOT_AN_OWNER,
        /** The menu was on an assessment that a newer one replaced. */
        OLDER_ASSESSMENT,
        /** A question is open (the intake, or another edit): that one first. */
        QUESTION_OPEN,
        /** The intake is not complete, or the question does not exist or does not apply to this project. */
        NOT_EDITABLE
    }
}
