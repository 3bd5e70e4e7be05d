package dev.mlidea.conversations.assessment;

import static dev.mlidea.conversations.assessment.ScoringModel.DATA_FLYWHEEL_BONUS;
import static dev.mlidea.conversations.assessment.ScoringModel.HIGH_IMPACT_SIGNAL_BONUS;
import static dev.mlidea.conversations.assessment.ScoringModel.IMPACT_RATING_STEP;
import static dev.mlidea.conversations.assessment.ScoringModel.IMPACT_STARTING_POINT;

import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.Questionnaire;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The rules of the impact score, in the order they are explained. The rule id is the lower-case name. */
enum ImpactRule {
    STARTING_POINT {
        @Override
        Optional<Contribution> contribute(Answers answers, Archetype archetype) {
            return Optional.of(
                    new Contribution(id(), IMPACT_STARTING_POINT, "starts at " + Score.format(IMPACT_STARTING_POINT)));
        }
    },

    /** Impact grows with the proposer's own rating of how much it would matter, less than with the signals. */
    IMPACT_RATING {
        @Override
        Optional<Contribution> contribute(Answers answers, Archetype archetype) {
            var rating = Rating.of(answers, Questionnaire.IMPACT_RATING, "impact rating");
            return Optional.of(
                    Contribution.of(id(), IMPACT_RATING_STEP * (rating.value() - Rating.NEUTRAL), rating.subject()));
        }
    },

    /** "High-impact problems … address friction in your product, complex parts of your pipeline, …". */
    HIGH_IMPACT_SIGNALS {
        @Override
        Optional<Contribution> contribute(Answers answers, Archetype archetype) {
            if (!answers.has(Questionnaire.IMPACT_SIGNALS) || answers.skipped(Questionnaire.IMPACT_SIGNALS)) {
                return Optional.of(Contribution.of(
                        id(), 0.0, Unanswered.of(answers, Questionnaire.IMPACT_SIGNALS) + " — assumed none"));
            }
            var picked = answers.picks(Questionnaire.IMPACT_SIGNALS);
            var named = SIGNALS.stream()
                    .filter(signal -> picked.contains(signal.getKey()))
                    .map(Map.Entry::getValue)
                    .toList();
            if (named.isEmpty()) return Optional.of(Contribution.of(id(), 0.0, "no high-impact signal"));
            return Optional.of(Contribution.of(
                    id(), HIGH_IMPACT_SIGNAL_BONUS * named.size(), "high-impact signals: " + String.join(", ", named)));
        }
    },

    /** Software 2.0 only: "data flywheels can magnify impact by allowing models to get much better". */
    DATA_FLYWHEEL {
        @Override
        Optional<Contribution> contribute(Answers answers, Archetype archetype) {
            if (archetype != Archetype.SOFTWARE_2_0) return Optional.empty();
            if (fullFlywheel(answers)) {
                return Optional.of(Contribution.of(id(), DATA_FLYWHEEL_BONUS, "full data flywheel"));
            }
            var missing = FLYWHEEL.stream()
                    .filter(link -> !answers.pickedOneOf(link.getKey(), Questionnaire.YES))
                    .map(Map.Entry::getValue)
                    .toList();
            return Optional.of(
                    Contribution.of(id(), 0.0, "no full data flywheel (not yet: " + String.join(", ", missing) + ")"));
        }
    };

    /** The lecture's high-impact signals, in the questionnaire's order, with the words that explain them. */
    private static final List<Map.Entry<String, String>> SIGNALS = List.of(
            Map.entry(Questionnaire.SIGNAL_FRICTION, "removes product friction"),
            Map.entry(Questionnaire.SIGNAL_SOFTWARE_2, "automates a complex, manually defined part"),
            Map.entry(Questionnaire.SIGNAL_CHEAP_PREDICTION, "makes cheap prediction valuable"),
            Map.entry(Questionnaire.SIGNAL_INDUSTRY, "others in the industry do it"));

    /** The three questions of a data flywheel, each a link that must hold for the wheel to turn. */
    private static final List<Map.Entry<String, String>> FLYWHEEL = List.of(
            Map.entry(Questionnaire.FLYWHEEL_LOOP, "a data loop"),
            Map.entry(Questionnaire.FLYWHEEL_MORE_DATA_HELPS, "more data → better model"),
            Map.entry(Questionnaire.FLYWHEEL_BETTER_MODEL_HELPS_PRODUCT, "better model → more product use"));

    abstract Optional<Contribution> contribute(Answers answers, Archetype archetype);

    /** All three flywheel answers are yes: "a classic virtuous cycle and truly the gold standard". */
    static boolean fullFlywheel(Answers answers) {
        return FLYWHEEL.stream().allMatch(link -> answers.pickedOneOf(link.getKey(), Questionnaire.YES));
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
