package dev.mlidea.conversations.assessment;

/**
 * Where impact and feasibility put a project on the lecture's impact × feasibility matrix. The names
 * are stable (stored since scoring model 1); the labels are wording. Both low-impact quadrants say
 * "low impact": the lecture warns that low-impact projects get killed, so neither is a "win".
 */
public enum Quadrant {
    DO_IT_NOW("Do it now"),
    BIG_BET("Big bet — de-risk first"),
    /** Low impact, high feasibility: scoring model 1 called it "Cheap win — only if it stays cheap". */
    CHEAP_WIN("Low impact — reconsider"),
    DONT_YET("Low impact and hard — don't (yet)");

    /** Impact or feasibility at or above this (on the 1–5 scale) counts as high. */
    public static final double HIGH_THRESHOLD = 3.0;

    private final String label;

    Quadrant(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Quadrant of(double impact, double feasibility) {
        boolean highImpact = impact >= HIGH_THRESHOLD;
        boolean highFeasibility = feasibility >= HIGH_THRESHOLD;
        if (highImpact) return highFeasibility ? DO_IT_NOW : BIG_BET;
        return highFeasibility ? CHEAP_WIN : DONT_YET;
    }
}
