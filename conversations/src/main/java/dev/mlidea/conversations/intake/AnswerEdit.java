package dev.mlidea.conversations.intake;

import java.util.List;
import java.util.Optional;

/**
 * Editing one answer after the intake, from an assessment's menu: an owner picks a question that
 * applies to the project, on the newest assessment, while no other question is open.
 *
 * @param actor who picked it
 * @param questionKey the question picked; may name no question (the menu's value is the client's)
 * @param version the assessment whose menu it was; empty when the request did not say
 */
public record AnswerEdit(String actor, String questionKey, Optional<Integer> version) {

    /** @param newestVersion the project's newest assessment, empty before the first */
    public AnswerEditDecision decide(List<String> owners, IntakeState intake, Optional<Integer> newestVersion) {
        if (!owners.contains(actor)) return refuse(AnswerEditDecision.Refusal.NOT_AN_OWNER);
        boolean older = version.isPresent()
                && newestVersion.isPresent()
                && !version.get().equals(newestVersion.get());
        if (older) return refuse(AnswerEditDecision.Refusal.OLDER_ASSESSMENT);
        if (intake.status() == IntakeStatus.IN_PROGRESS) return refuse(AnswerEditDecision.Refusal.QUESTION_OPEN);
        boolean applies = questionKey != null
                && Questionnaire.byKey(questionKey)
                        .map(q -> Questionnaire.applies(intake.mode(), q, intake.answers()))
                        .orElse(false);
        if (intake.status() != IntakeStatus.COMPLETED || !applies) {
            return refuse(AnswerEditDecision.Refusal.NOT_EDITABLE);
        }
        return new AnswerEditDecision.Reopen(IntakeFlow.reopen(intake, questionKey));
    }

    private static AnswerEditDecision refuse(AnswerEditDecision.Refusal reason) {
        return new AnswerEditDecision.Refuse(reason);
    }
}
