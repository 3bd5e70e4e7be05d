package dev.mlidea.conversations.rituals;

import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.Questionnaire;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which of the {@link ChecklistStep}s a project has finished, and which one is next. A step is
 * finished when someone pressed <em>Done</em> on it, or when the intake already says so:
 *
 * <ul>
 *   <li>literature review, benchmark, rules baseline: their check question answered <em>done</em>
 *       ("in progress", "not started", skipped or unanswered are unfinished);
 *   <li>success criteria: never from the intake alone. Writing criteria is not agreeing them; the
 *       step is done when the bot records it, on <em>Done</em> or once {@link SignOffs#complete()};
 *   <li>"still sure you need ML?": never from the intake alone. The intake asked it before the steps
 *       above were done, and the lecture asks it <em>again</em> after them.
 * </ul>
 */
public final class Checklist {

    private Checklist() {}

    /** The first unfinished step in the lecture's order; empty when all are finished. */
    public static Optional<ChecklistStep> next(Answers answers, Set<ChecklistStep> markedDone) {
        return Arrays.stream(ChecklistStep.values())
                .filter(step -> !isDone(step, answers, markedDone))
                .findFirst();
    }

    /** Every unfinished step, in order. */
    public static List<ChecklistStep> unfinished(Answers answers, Set<ChecklistStep> markedDone) {
        return Arrays.stream(ChecklistStep.values())
                .filter(step -> !isDone(step, answers, markedDone))
                .toList();
    }

    public static boolean isDone(ChecklistStep step, Answers answers, Set<ChecklistStep> markedDone) {
        if (markedDone.contains(step)) return true;
        return switch (step) {
            case LITERATURE_REVIEW -> answers.pickedOneOf(Questionnaire.CHECK_LITERATURE, Questionnaire.CHECK_DONE);
            case LABEL_BENCHMARK -> answers.pickedOneOf(Questionnaire.CHECK_BENCHMARK, Questionnaire.CHECK_DONE);
            case RULES_BASELINE -> answers.pickedOneOf(Questionnaire.CHECK_BASELINE_MODEL, Questionnaire.CHECK_DONE);
            case AGREE_SUCCESS_CRITERIA, STILL_NEED_ML -> false;
        };
    }
}
