package dev.mlidea.conversations.assessment;

import java.util.Objects;

/** One concrete action. The id is stable ({@code label_benchmark}); the text is wording. */
public record NextStep(String id, String text) {

    // The ids, in the order they are suggested (the lecture's "before you start" checks, then its
    // feasibility checklist). Scoring model 1's ids are kept, so its stored steps still have words.
    public static final String REVISIT_NEED = "revisit_need";
    /** Added in model 2: "do you have a product?" answered no. */
    public static final String PRODUCT_FIRST = "product_first";
    /** Moved in model 2: with no data collected, collecting comes before labeling a benchmark. */
    public static final String COLLECT_DATA = "collect_data";

    public static final String DEFINE_SUCCESS_CRITERIA = "define_success_criteria";
    public static final String CONSIDER_ETHICS = "consider_ethics";
    /** Added in model 2: low impact is told to make it matter first ("or else it might get killed"). */
    public static final String RECONSIDER_IMPACT = "reconsider_impact";
    /** Added in model 2: a big bet is told "we shouldn't aim for 100% success". */
    public static final String DONT_AIM_FOR_100 = "dont_aim_for_100";
    /** Added in model 2: "they never make the leap to a production environment". */
    public static final String PLAN_PRODUCTION = "plan_production";

    public static final String LITERATURE_REVIEW = "literature_review";
    /** Added in model 2: labels look too costly, so set the problem up differently. */
    public static final String RESCOPE_FOR_LABELS = "rescope_for_labels";

    public static final String LABEL_BENCHMARK = "label_benchmark";
    /** Added in model 2: data only partly collected; closing the gaps can follow the benchmark. */
    public static final String CLOSE_DATA_GAPS = "close_data_gaps";

    public static final String RULES_BASELINE = "rules_baseline";
    public static final String FIRST_MODEL = "first_model";
    /** Not a checklist step: rules already work well enough, so the step is to keep them. */
    public static final String KEEP_RULES = "keep_rules";

    public NextStep {
        Objects.requireNonNull(id);
        Objects.requireNonNull(text);
    }
}
