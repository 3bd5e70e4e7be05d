package dev.mlidea.conversations.assessment;

import dev.mlidea.conversations.intake.Answers;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The scoring model: impact and feasibility as a starting point plus one contribution per rule.
 * Every weight is a named constant here; every rule is a named value in {@link ImpactRule} or
 * {@link FeasibilityRule}, and the explanation is built from the same list that makes the number.
 * docs/decisions/0003-scoring-model.md explains the choice of weights. Change a weight, change
 * {@link Assessor#MODEL_VERSION}.
 */
final class ScoringModel {

    // Impact: "pick high-impact problems".

    /** Where impact starts: a middling rating with none of the lecture's high-impact signals is low. */
    static final double IMPACT_STARTING_POINT = 2.7;
    /** Per step of the proposer's own impact rating above or below the middle (3). */
    static final double IMPACT_RATING_STEP = 0.6;
    /** Per high-impact signal: friction, Software 2.0, cheap prediction, what the industry does. */
    static final double HIGH_IMPACT_SIGNAL_BONUS = 0.3;
    /** Software 2.0 only: "data flywheels can magnify impact" when all three flywheel answers are yes. */
    static final double DATA_FLYWHEEL_BONUS = 0.5;

    // Feasibility: "low-cost projects are those with available data, where bad predictions are not too harmful".

    /** Where feasibility starts: cheap mistakes, an easy problem, average data, ready, no hard traits. */
    static final double FEASIBILITY_STARTING_POINT = 4.0;
    /**
     * Times the square of the accuracy requirement's steps above 1: "ML project costs tend to scale
     * super-linearly in the accuracy requirement". 1→2 costs 0.1, 4→5 costs 0.7; 5/5 costs 1.6 in all.
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
    /** Autonomous with no human review at all; humans as guardrails remove it. */
    static final double AUTONOMOUS_WITHOUT_GUARDRAILS_PENALTY = 0.8;

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
