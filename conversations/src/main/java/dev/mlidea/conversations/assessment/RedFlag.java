package dev.mlidea.conversations.assessment;

/** What the lecture says dooms ML projects before they start, each said in one sentence. */
public enum RedFlag {
    NO_BASELINE_TRIED("No rules or simple statistics have been tried yet: build a \"minimum\" viable model using"
            + " manual rules or simple heuristics before you reach for ML."),
    NOT_SURE_ML_NEEDED("You are not sure you need ML: ML adds complexity, and its value must outweigh not just"
            + " the cost of developing it but also the complexity it adds."),
    ETHICS_CONCERN("Consider the ethics of using ML here: what are the ethical implications of your model"
            + " making wrong predictions?"),
    NO_SUCCESS_CRITERIA("There are no success criteria yet: many ML projects fail because the organization is"
            + " not on the same page about what success means."),
    AUTONOMOUS_RELIABILITY_REQUIRED("Reliability is required with no opportunity for human intervention: ML"
            + " systems tend to fail in unexpected ways, so focus heavily on the failure rate and its consequences."),
    DATA_NOT_COLLECTED("Are you ready to use ML? You are not yet collecting data and storing it in a sane way."),
    NO_PRODUCT("Are you ready to use ML? There is no product yet for it to be part of.");

    private final String text;

    RedFlag(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
