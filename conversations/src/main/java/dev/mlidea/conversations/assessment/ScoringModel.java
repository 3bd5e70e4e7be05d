package dev.mlidea.conversations.assessment;

import dev.mlidea.conversations.intake.Answers;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The scoring model: impact and feasibility as a starting point plus one contribution per rule.
 * Every weight is a named constant here; every rule is a named value in {@link ImpactRule} or
 * {@link FeasibilityRule}, and the explanation is built from the same list that makes the number.
 * docs/decisions/0003-scoring-model.md explains model 1, docs/decisions/0008-scoring-model-2.md the
 * rules of model 2 and the lecture's words behind each. Change a weight, change {@link Assessor#MODEL_VERSION}.
 */
final class ScoringModel {

    // Impact: "Make sure what you're working on is high impact, or else it might get killed."

    /**
     * Where impact starts: a middling rating with none of the lecture's high-impact signals is low
     * impact, and the proposer's rating alone (at most +0.6) cannot make it high.
     */
    static final double IMPACT_STARTING_POINT = 2.0;
    /**
     * Per step of the proposer's own impact rating above or below the middle (3). Model 1 gave 0.6:
     * the rating drowned the lecture's signals; now it is the smaller share.
     */
    static final double IMPACT_RATING_STEP = 0.3;
    /**
     * Per high-impact signal: "high-impact problems are likely to be those that address friction in your
     * product, complex parts of your pipeline, places where cheap prediction is valuable, and generally
     * what other people in your industry are doing". Four signals are worth +2.0.
     */
    static final double HIGH_IMPACT_SIGNAL_BONUS = 0.5;
    /** Software 2.0 only: "data flywheels can magnify impact" when all three flywheel answers are yes. */
    static final double DATA_FLYWHEEL_BONUS = 0.6;

    // Feasibility: "low-cost projects are those with available data, where bad predictions are not too harmful".

    /**
     * Where feasibility starts: cheap mistakes, an easy problem, average data, ready, no hard traits. Set
     * so that a middling project (every cost at 3/5) is just feasible, 3.0, as in model 1 (4.0 there,
     * before the cost of a wrong prediction was asked on its own).
     */
    static final double FEASIBILITY_STARTING_POINT = 4.3;
    /**
     * Times the square of the cost-of-a-wrong-prediction steps above 1: "how costly are wrong
     * predictions?" is the accuracy requirement's first question, and "ML project costs tend to scale
     * super-linearly in the accuracy requirement". 1→2 costs 0.1, 4→5 costs 0.7; 5/5 costs 1.6 in all.
     */
    static final double WRONG_PREDICTION_COST_PENALTY = 0.1;
    /**
     * Times the triangular number of the accuracy requirement's steps above 1 ("how frequently does the
     * system need to be right to be useful?"), super-linear too but below the stakes: 0, 0.1, 0.3, 0.6, 1.0.
     */
    static final double ACCURACY_REQUIREMENT_PENALTY = 0.1;
    /** Per step of problem difficulty above 1 (well-defined, published work, little compute). */
    static final double PROBLEM_DIFFICULTY_PENALTY = 0.3;
    /** Per step of data availability above or below the middle (3): the first cost driver. */
    static final double DATA_AVAILABILITY_STEP = 0.5;
    /** Per hard trait of "what's hard in ML": complex output, reliability required, generalization required. */
    static final double HARD_TRAIT_PENALTY = 0.4;
    /** Per readiness question answered "no" (product, data, people); "partly" costs half. */
    static final double READINESS_GAP_PENALTY = 0.6;
    /** Human-in-the-loop: "good product design … can help reduce expectations and accuracy requirements". */
    static final double HUMAN_IN_THE_LOOP_DESIGN_BONUS = 0.5;
    /**
     * Autonomous with no human review at all, per step of the cost of a wrong prediction above 1: "focus
     * heavily on the failure rate and its consequences". A playlist nobody checks costs nothing here,
     * a car 0.8. Humans as guardrails remove it. (Model 1 took a flat 0.8, whatever the stakes.)
     */
    static final double AUTONOMOUS_FAILURE_CONSEQUENCES_PENALTY = 0.2;

    private ScoringModel() {}

    static Score impact(Answers answers, Archetype archetype) {
        return score(Arrays.stream(ImpactRule.values())
                .map(rule -> rule.contribute(answers, archetype))
                .toList());
    }

    static Score feasibility(Answers answers, Archetype archetype) {
        return score(Arrays.stream(FeasibilityRule.values())
                .map(rule -> rule.contribute(answers, archetype))
                .toList());
    }

    private static Score score(List<Optional<Contribution>> contributions) {
        return Score.of(contributions.stream().flatMap(Optional::stream).toList());
    }
}
