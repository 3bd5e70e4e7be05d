package dev.mlidea.conversations.assessment;

import static dev.mlidea.conversations.intake.Questionnaire.BASELINE_FELL_SHORT;
import static dev.mlidea.conversations.intake.Questionnaire.BASELINE_GOOD_ENOUGH;
import static dev.mlidea.conversations.intake.Questionnaire.CHECK_BASELINE_MODEL;
import static dev.mlidea.conversations.intake.Questionnaire.CHECK_DONE;
import static dev.mlidea.conversations.intake.Questionnaire.CHECK_IN_PROGRESS;
import static dev.mlidea.conversations.intake.Questionnaire.COST_ACCURACY;
import static dev.mlidea.conversations.intake.Questionnaire.COST_WRONG_PREDICTIONS;
import static dev.mlidea.conversations.intake.Questionnaire.ETHICS;
import static dev.mlidea.conversations.intake.Questionnaire.HARD_TRAITS;
import static dev.mlidea.conversations.intake.Questionnaire.NEED_BASELINE;
import static dev.mlidea.conversations.intake.Questionnaire.NEED_SOLVE_AT_ALL;
import static dev.mlidea.conversations.intake.Questionnaire.NEED_STILL_SURE;
import static dev.mlidea.conversations.intake.Questionnaire.NO;
import static dev.mlidea.conversations.intake.Questionnaire.READY_DATA;
import static dev.mlidea.conversations.intake.Questionnaire.READY_PRODUCT;
import static dev.mlidea.conversations.intake.Questionnaire.TRAIT_RELIABILITY;
import static dev.mlidea.conversations.intake.Questionnaire.UNSURE;
import static dev.mlidea.conversations.intake.Questionnaire.YES;

import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.Question;
import dev.mlidea.conversations.intake.Questionnaire;
import java.util.Arrays;
import java.util.List;

/**
 * When each {@link RedFlag} is raised. An unanswered question raises a flag only where the lecture
 * asks to be sure: a rules baseline, the ethics, and the final "are you sure you need ML?". A baseline
 * counts as tried when rules were tried (whatever they reached) or the rules model is done or under way.
 * Unanswered means asked and skipped: a question never asked (the quick intake asks eight) raises
 * nothing.
 */
final class RedFlags {

    private RedFlags() {}

    /** The flags these answers raise, in {@link RedFlag}'s order. */
    static List<RedFlag> raisedBy(Answers a, Archetype archetype) {
        return Arrays.stream(RedFlag.values())
                .filter(flag -> raises(flag, a, archetype))
                .toList();
    }

    private static boolean raises(RedFlag flag, Answers a, Archetype archetype) {
        return switch (flag) {
            case NO_BASELINE_TRIED ->
                (a.has(NEED_BASELINE) || a.has(CHECK_BASELINE_MODEL))
                        && !a.pickedOneOf(NEED_BASELINE, BASELINE_FELL_SHORT, BASELINE_GOOD_ENOUGH)
                        && !a.pickedOneOf(CHECK_BASELINE_MODEL, CHECK_DONE, CHECK_IN_PROGRESS);
            case NOT_SURE_ML_NEEDED ->
                (a.has(NEED_STILL_SURE) && !a.pickedOneOf(NEED_STILL_SURE, YES))
                        || a.pickedOneOf(NEED_SOLVE_AT_ALL, UNSURE, NO);
            case ETHICS_CONCERN -> a.pickedOneOf(ETHICS, Questionnaire.ETHICS_CONCERN) || notAnswered(a, ETHICS);
            case NO_SUCCESS_CRITERIA -> SuccessCriteria.missing(a);
            case AUTONOMOUS_RELIABILITY_REQUIRED ->
                archetype == Archetype.AUTONOMOUS
                        && (a.picks(HARD_TRAITS).contains(TRAIT_RELIABILITY)
                                || a.scale(COST_ACCURACY).orElse(0) == Question.SCALE_MAX
                                || a.scale(COST_WRONG_PREDICTIONS).orElse(0) == Question.SCALE_MAX);
            case DATA_NOT_COLLECTED -> a.pickedOneOf(READY_DATA, NO);
            case NO_PRODUCT -> a.pickedOneOf(READY_PRODUCT, NO);
        };
    }

    /** Asked, and not answered with a choice (skipped): a question never asked is not this. */
    static boolean notAnswered(Answers a, String key) {
        return a.has(key) && a.picked(key).isEmpty();
    }
}
