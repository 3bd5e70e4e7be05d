package dev.mlidea.conversations.assessment;

import java.util.Objects;

/** One concrete action. The id is stable ({@code label_benchmark}); the text is wording. */
public record NextStep(String id, String text) {

    // The ids, in the lecture's checklist order.
    public static final String REVISIT_NEED = "revisit_need";
    public static final String DEFINE_SUCCESS_CRITERIA = "define_success_criteria";
    public static final String CONSIDER_ETHICS = "consider_ethics";
    public static final String LITERATURE_REVIEW = "literature_review";
    public static final String COLLECT_DATA = "collect_data";
    public static final String LABEL_BENCHMARK = "label_benchmark";
    public static final String RULES_BASELINE = "rules_baseline";
    /** Not a checklist step: rules already work well enough, so the step is to keep them. */
    public static final String KEEP_RULES = "keep_rules";

    public static final String FIRST_MODEL = "first_model";

    public NextStep {
        Objects.requireNonNull(id);
        Objects.requireNonNull(text);
    }
}
