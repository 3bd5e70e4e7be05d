package dev.mlidea.conversations.assessment;

import static dev.mlidea.conversations.assessment.ScoringModel.ACCURACY_REQUIREMENT_PENALTY;
import static dev.mlidea.conversations.assessment.ScoringModel.AUTONOMOUS_FAILURE_CONSEQUENCES_PENALTY;
import static dev.mlidea.conversations.assessment.ScoringModel.DATA_AVAILABILITY_STEP;
import static dev.mlidea.conversations.assessment.ScoringModel.FEASIBILITY_STARTING_POINT;
import static dev.mlidea.conversations.assessment.ScoringModel.HARD_TRAIT_PENALTY;
import static dev.mlidea.conversations.assessment.ScoringModel.HUMAN_IN_THE_LOOP_DESIGN_BONUS;
import static dev.mlidea.conversations.assessment.ScoringModel.PROBLEM_DIFFICULTY_PENALTY;
import static dev.mlidea.conversations.assessment.ScoringModel.READINESS_GAP_PENALTY;
import static dev.mlidea.conversations.assessment.ScoringModel.WRONG_PREDICTION_COST_PENALTY;

import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.Questionnaire;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The rules of the feasibility score, in the order they are explained. The rule id is the lower-case name. */
enum FeasibilityRule {
    STARTING_POINT {
        @Override
        Optional<Contribution> contribute(Answers answers, Archetype archetype) {
            return Optional.of(new Contribution(
                    id(), FEASIBILITY_STARTING_POINT, "starts at " + Score.format(FEASIBILITY_STARTING_POINT)));
        }
    },

    /** "How costly are wrong predictions?" and "costs … scale super-linearly in the accuracy requirement": a square. */
    COST_OF_WRONG_PREDICTIONS {
        @Override
        Optional<Contribution> contribute(Answers answers, Archetype archetype) {
            var rating = wrongPredictionCost(answers);
            int steps = rating.value() - 1;
            return Optional.of(Contribution.of(id(), -WRONG_PREDICTION_COST_PENALTY * steps * steps, rating.subject()));
        }
    },

    /** "How frequently does the system need to be right to be useful?": super-linear, a triangular number. */
    ACCURACY_REQUIREMENT {
        @Override
        Optional<Contribution> contribute(Answers answers, Archetype archetype) {
            var rating = Rating.of(answers, Questionnaire.COST_ACCURACY, "accuracy requirement");
            int steps = rating.value() - 1;
            return Optional.of(
                    Contribution.of(id(), -ACCURACY_REQUIREMENT_PENALTY * steps * (steps + 1) / 2, rating.subject()));
        }
    },

    /** "Is the problem well-defined? Is there good published work? How much compute?" */
    PROBLEM_DIFFICULTY {
        @Override
        Optional<Contribution> contribute(Answers answers, Archetype archetype) {
            var rating = Rating.of(answers, Questionnaire.COST_DIFFICULTY, "problem difficulty");
            return Optional.of(
                    Contribution.of(id(), -PROBLEM_DIFFICULTY_PENALTY * (rating.value() - 1), rating.subject()));
        }
    },

    /** "How hard is it to acquire data? How expensive is labeling? How much? How stable? How secure?" */
    DATA_AVAILABILITY {
        @Override
        Optional<Contribution> contribute(Answers answers, Archetype archetype) {
            var rating = Rating.of(answers, Questionnaire.COST_DATA, "data availability");
            return Optional.of(Contribution.of(
                    id(), DATA_AVAILABILITY_STEP * (rating.value() - Rating.NEUTRAL), rating.subject()));
        }
    },

    /** "What's hard in ML": complex output, reliability required, generalization required. */
    HARD_TRAITS {
        @Override
        Optional<Contribution> contribute(Answers answers, Archetype archetype) {
            if (!answers.has(Questionnaire.HARD_TRAITS) || answers.skipped(Questionnaire.HARD_TRAITS)) {
                return Optional.of(Contribution.of(
                        id(), 0.0, Unanswered.of(answers, Questionnaire.HARD_TRAITS) + " — assumed none"));
            }
            var picked = answers.picks(Questionnaire.HARD_TRAITS);
            var named = TRAITS.stream()
                    .filter(trait -> picked.contains(trait.getKey()))
                    .map(Map.Entry::getValue)
                    .toList();
            if (named.isEmpty()) return Optional.of(Contribution.of(id(), 0.0, "no hard trait"));
            return Optional.of(Contribution.of(
                    id(), -HARD_TRAIT_PENALTY * named.size(), "hard traits: " + String.join(", ", named)));
        }
    },

    /** "Are you ready to use ML? Do you have a product?" */
    PRODUCT_READINESS {
        @Override
        Optional<Contribution> contribute(Answers answers, Archetype archetype) {
            return readiness(
                    answers, Questionnaire.READY_PRODUCT, "a product", "product only partly there", "no product yet");
        }
    },

    /** "Are you collecting data and storing it in a sane way?" */
    DATA_READINESS {
        @Override
        Optional<Contribution> contribute(Answers answers, Archetype archetype) {
            return readiness(
                    answers,
                    Questionnaire.READY_DATA,
                    "data collected and stored sanely",
                    "data only partly collected and stored",
                    "data not collected yet");
        }
    },

    /** "Do you have the right people?" */
    PEOPLE_READINESS {
        @Override
        Optional<Contribution> contribute(Answers answers, Archetype archetype) {
            return readiness(
                    answers,
                    Questionnaire.READY_PEOPLE,
                    "the right people",
                    "partly the right people",
                    "not the right people yet");
        }
    },

    /**
     * The lecture's matrix: "for human-in-the-loop systems, you can increase feasibility by leveraging
     * good product design"; "for autonomous systems, leveraging humans in the loop can make development
     * more feasible by adding guardrails". Without guardrails an autonomous system costs feasibility in
     * proportion to what a wrong prediction costs: "focus heavily on the failure rate and its consequences".
     */
    ARCHETYPE {
        @Override
        Optional<Contribution> contribute(Answers answers, Archetype archetype) {
            return Optional.of(
                    switch (archetype) {
                        case SOFTWARE_2_0 -> Contribution.of(id(), 0.0, "Software 2.0");
                        case HUMAN_IN_THE_LOOP ->
                            Contribution.of(
                                    id(),
                                    HUMAN_IN_THE_LOOP_DESIGN_BONUS,
                                    "human-in-the-loop, where product design lowers the accuracy need");
                        case AUTONOMOUS -> autonomous(answers);
                    });
        }

        private Contribution autonomous(Answers answers) {
            if (humansAsGuardrails(answers)) {
                return Contribution.of(id(), 0.0, "autonomous with humans as guardrails");
            }
            var stakes = wrongPredictionCost(answers);
            return Contribution.of(
                    id(),
                    -AUTONOMOUS_FAILURE_CONSEQUENCES_PENALTY * (stakes.value() - 1),
                    "autonomous with no human guardrails, " + stakes.subject());
        }
    };

    private static final List<Map.Entry<String, String>> TRAITS = List.of(
            Map.entry(Questionnaire.TRAIT_COMPLEX_OUTPUT, "complex output"),
            Map.entry(Questionnaire.TRAIT_RELIABILITY, "reliability required"),
            Map.entry(Questionnaire.TRAIT_GENERALIZATION, "generalization required"));

    abstract Optional<Contribution> contribute(Answers answers, Archetype archetype);

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Rating wrongPredictionCost(Answers answers) {
        return Rating.of(answers, Questionnaire.COST_WRONG_PREDICTIONS, "cost of a wrong prediction");
    }

    /** People review some or every output: the guardrails that make an autonomous system more feasible. */
    static boolean humansAsGuardrails(Answers answers) {
        return answers.pickedOneOf(
                Questionnaire.ARCH_HUMAN_REVIEW, Questionnaire.REVIEW_SOMETIMES, Questionnaire.REVIEW_ALWAYS);
    }

    /** A "no" is a full readiness gap, "partly" half of one; unanswered is taken as the middle, "partly". */
    Optional<Contribution> readiness(Answers answers, String key, String ready, String partly, String gap) {
        var picked = answers.picked(key);
        if (picked.isEmpty()
                || !List.of(Questionnaire.YES, Questionnaire.PARTLY, Questionnaire.NO)
                        .contains(picked.get())) {
            return Optional.of(Contribution.of(
                    id(), -READINESS_GAP_PENALTY / 2, Unanswered.of(answers, key) + " — assumed partly"));
        }
        return Optional.of(
                switch (picked.get()) {
                    case Questionnaire.YES -> Contribution.of(id(), 0.0, ready);
                    case Questionnaire.PARTLY -> Contribution.of(id(), -READINESS_GAP_PENALTY / 2, partly);
                    default -> Contribution.of(id(), -READINESS_GAP_PENALTY, gap);
                });
    }
}
