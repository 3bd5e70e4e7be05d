package dev.mlidea.bot.intake;

import dev.mlidea.conversations.intake.Questionnaire;
import java.util.Map;

/** Short names of the questions, for summaries where the full prompt would be too long. */
final class AnswerLabels {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(Questionnaire.PROBLEM, "Problem"),
            Map.entry(Questionnaire.READY_PRODUCT, "Product in place"),
            Map.entry(Questionnaire.READY_DATA, "Collecting data sanely"),
            Map.entry(Questionnaire.READY_PEOPLE, "Right people"),
            Map.entry(Questionnaire.NEED_SOLVE_AT_ALL, "Needs solving at all"),
            Map.entry(Questionnaire.NEED_BASELINE, "Rules / statistics tried"),
            Map.entry(Questionnaire.ETHICS, "Ethics"),
            Map.entry(Questionnaire.IMPACT_SIGNALS, "Impact signals"),
            Map.entry(Questionnaire.IMPACT_RATING, "Impact"),
            Map.entry(Questionnaire.COST_DATA, "Data availability"),
            Map.entry(Questionnaire.COST_WRONG_PREDICTIONS, "Cost of a wrong prediction"),
            Map.entry(Questionnaire.COST_ACCURACY, "Accuracy requirement"),
            Map.entry(Questionnaire.COST_DIFFICULTY, "Problem difficulty"),
            Map.entry(Questionnaire.HARD_TRAITS, "Hard traits"),
            Map.entry(Questionnaire.ARCH_AUTOMATED_TODAY, "Automated today"),
            Map.entry(Questionnaire.ARCH_HUMAN_REVIEW, "Human reviews outputs"),
            Map.entry(Questionnaire.ARCH_ACTS_ALONE, "Acts with no human"),
            Map.entry(Questionnaire.FLYWHEEL_LOOP, "Data loop"),
            Map.entry(Questionnaire.FLYWHEEL_MORE_DATA_HELPS, "More data → better model"),
            Map.entry(Questionnaire.FLYWHEEL_BETTER_MODEL_HELPS_PRODUCT, "Better model → more use"),
            Map.entry(Questionnaire.SUCCESS_CRITERIA, "Success criteria"),
            Map.entry(Questionnaire.SUCCESS_STAKEHOLDERS, "Stakeholders"),
            Map.entry(Questionnaire.CHECK_LITERATURE, "Literature review"),
            Map.entry(Questionnaire.CHECK_BENCHMARK, "Labeled benchmark"),
            Map.entry(Questionnaire.CHECK_BASELINE_MODEL, "Rules baseline model"),
            Map.entry(Questionnaire.REVALIDATE_EVERY, "Re-validate criteria"),
            Map.entry(Questionnaire.NEED_STILL_SURE, "Still sure ML is needed"),
            Map.entry(Questionnaire.USE_HOW, "How it's used"),
            Map.entry(Questionnaire.NEED_ML, "Needs ML"),
            Map.entry(Questionnaire.DATA_STATE, "Data"),
            Map.entry(Questionnaire.COST_WRONG_ANSWER, "A wrong answer"),
            Map.entry(Questionnaire.DONE_BEFORE, "Done before"));

    private AnswerLabels() {}

    static String label(String key) {
        return LABELS.getOrDefault(key, key);
    }
}
