package dev.mlidea.conversations.assessment;

import static dev.mlidea.conversations.intake.Questionnaire.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.conversations.intake.Answers;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The rules of PRODUCT.md §2 as properties of the scoring model, over arbitrary answers. "Raw" is the
 * unclamped sum of contributions: strict comparisons use it, so clamping at 1 or 5 cannot hide a rule.
 */
class ScoringModelProperties {

    @Provide
    Arbitrary<Answers> projects() {
        return RandomProjects.answers();
    }

    @Provide
    Arbitrary<Optional<Archetype>> overrides() {
        return RandomProjects.overrides();
    }

    @Provide
    Arbitrary<String> signals() {
        return Arbitraries.of(RandomProjects.SIGNALS);
    }

    @Provide
    Arbitrary<String> traits() {
        return Arbitraries.of(RandomProjects.TRAITS);
    }

    @Provide
    Arbitrary<String> readiness() {
        return Arbitraries.of(RandomProjects.READINESS);
    }

    @Provide
    Arbitrary<List<Answer>> incompleteFlywheels() {
        return RandomProjects.incompleteFlywheels();
    }

    // --- impact ----------------------------------------------------------------------------------

    @Property
    void impact_never_falls_when_the_rating_grows(
            @ForAll("projects") Answers answers,
            @ForAll("overrides") Optional<Archetype> override,
            @ForAll @IntRange(min = 1, max = 4) int rating) {
        var lower = assess(answers.with(IMPACT_RATING, new Answer.Scale(rating)), override)
                .impact();
        var higher = assess(answers.with(IMPACT_RATING, new Answer.Scale(rating + 1)), override)
                .impact();

        assertThat(higher.raw()).isGreaterThan(lower.raw());
        assertThat(higher.value()).isGreaterThanOrEqualTo(lower.value());
    }

    @Property
    void impact_never_falls_when_the_set_of_signals_grows(
            @ForAll("projects") Answers answers,
            @ForAll("overrides") Optional<Archetype> override,
            @ForAll("signals") String signal) {
        var before = answers.picks(IMPACT_SIGNALS);
        var grown = new HashSet<>(before);
        grown.add(signal);

        var fewer = assess(answers.with(IMPACT_SIGNALS, new Answer.Picks(before)), override)
                .impact();
        var more = assess(answers.with(IMPACT_SIGNALS, new Answer.Picks(grown)), override)
                .impact();

        assertThat(more.value()).isGreaterThanOrEqualTo(fewer.value());
        if (before.contains(signal)) {
            assertThat(more.raw()).isEqualTo(fewer.raw());
        } else {
            assertThat(more.raw()).isGreaterThan(fewer.raw());
        }
    }

    @Property
    void a_full_data_flywheel_raises_a_software_2_0_projects_impact(
            @ForAll("projects") Answers answers, @ForAll("incompleteFlywheels") List<Answer> incomplete) {
        var software2 = Optional.of(Archetype.SOFTWARE_2_0);
        var full = assess(withFlywheel(answers, List.of(picked(YES), picked(YES), picked(YES))), software2)
                .impact();
        var partial = assess(withFlywheel(answers, incomplete), software2).impact();

        assertThat(full.raw()).isGreaterThan(partial.raw());
        assertThat(full.value()).isGreaterThanOrEqualTo(partial.value());
        if (!full.clamped() && !partial.clamped()) assertThat(full.value()).isGreaterThan(partial.value());
    }

    // --- feasibility -----------------------------------------------------------------------------

    @Property
    void feasibility_never_rises_when_the_accuracy_requirement_grows(
            @ForAll("projects") Answers answers,
            @ForAll("overrides") Optional<Archetype> override,
            @ForAll @IntRange(min = 1, max = 4) int requirement) {
        var lower = feasibility(answers.with(COST_ACCURACY, new Answer.Scale(requirement)), override);
        var higher = feasibility(answers.with(COST_ACCURACY, new Answer.Scale(requirement + 1)), override);

        assertThat(higher.raw()).isLessThan(lower.raw());
        assertThat(higher.value()).isLessThanOrEqualTo(lower.value());
    }

    @Property
    void the_accuracy_penalty_is_super_linear(
            @ForAll("projects") Answers answers, @ForAll("overrides") Optional<Archetype> override) {
        double[] raw = new double[6];
        for (int requirement = 1; requirement <= 5; requirement++) {
            raw[requirement] = feasibility(answers.with(COST_ACCURACY, new Answer.Scale(requirement)), override)
                    .raw();
        }

        assertThat(raw[4] - raw[5]).isGreaterThan(raw[1] - raw[2]);
        for (int step = 2; step <= 4; step++) {
            // Each further step of the requirement costs more than the one before it.
            assertThat(raw[step] - raw[step + 1]).isGreaterThan(raw[step - 1] - raw[step]);
        }
    }

    @Property
    void feasibility_never_rises_when_the_difficulty_grows(
            @ForAll("projects") Answers answers,
            @ForAll("overrides") Optional<Archetype> override,
            @ForAll @IntRange(min = 1, max = 4) int difficulty) {
        var easier = feasibility(answers.with(COST_DIFFICULTY, new Answer.Scale(difficulty)), override);
        var harder = feasibility(answers.with(COST_DIFFICULTY, new Answer.Scale(difficulty + 1)), override);

        assertThat(harder.raw()).isLessThan(easier.raw());
        assertThat(harder.value()).isLessThanOrEqualTo(easier.value());
    }

    @Property
    void feasibility_never_rises_when_a_hard_trait_is_added(
            @ForAll("projects") Answers answers,
            @ForAll("overrides") Optional<Archetype> override,
            @ForAll("traits") String trait) {
        var before = answers.picks(HARD_TRAITS);
        var grown = new HashSet<>(before);
        grown.add(trait);

        var fewer = feasibility(answers.with(HARD_TRAITS, new Answer.Picks(before)), override);
        var more = feasibility(answers.with(HARD_TRAITS, new Answer.Picks(grown)), override);

        assertThat(more.value()).isLessThanOrEqualTo(fewer.value());
        if (!before.contains(trait)) assertThat(more.raw()).isLessThan(fewer.raw());
    }

    @Property
    void feasibility_never_rises_when_a_readiness_gap_is_added(
            @ForAll("projects") Answers answers,
            @ForAll("overrides") Optional<Archetype> override,
            @ForAll("readiness") String question) {
        var ready = feasibility(answers.with(question, picked(YES)), override);
        var partly = feasibility(answers.with(question, picked(PARTLY)), override);
        var gap = feasibility(answers.with(question, picked(NO)), override);

        assertThat(partly.raw()).isLessThan(ready.raw());
        assertThat(gap.raw()).isLessThan(partly.raw());
        assertThat(gap.value()).isLessThanOrEqualTo(partly.value());
        assertThat(partly.value()).isLessThanOrEqualTo(ready.value());
    }

    @Property
    void data_availability_never_lowers_feasibility(
            @ForAll("projects") Answers answers,
            @ForAll("overrides") Optional<Archetype> override,
            @ForAll @IntRange(min = 1, max = 4) int availability) {
        var scarcer = feasibility(answers.with(COST_DATA, new Answer.Scale(availability)), override);
        var richer = feasibility(answers.with(COST_DATA, new Answer.Scale(availability + 1)), override);

        assertThat(richer.raw()).isGreaterThan(scarcer.raw());
        assertThat(richer.value()).isGreaterThanOrEqualTo(scarcer.value());
    }

    @Property
    void human_in_the_loop_raises_feasibility_over_the_same_answers_as_software_2_0(
            @ForAll("projects") Answers answers) {
        var software2 = feasibility(answers, Optional.of(Archetype.SOFTWARE_2_0));
        var humanInTheLoop = feasibility(answers, Optional.of(Archetype.HUMAN_IN_THE_LOOP));

        assertThat(humanInTheLoop.raw()).isGreaterThan(software2.raw());
        assertThat(humanInTheLoop.value()).isGreaterThanOrEqualTo(software2.value());
        if (!humanInTheLoop.clamped() && !software2.clamped()) {
            assertThat(humanInTheLoop.value()).isGreaterThan(software2.value());
        }
    }

    @Property
    void autonomous_lowers_feasibility_by_the_cost_of_its_mistakes_unless_humans_are_kept_as_guardrails(
            @ForAll("projects") Answers answers) {
        var software2 = feasibility(answers, Optional.of(Archetype.SOFTWARE_2_0));
        var autonomous = feasibility(answers, Optional.of(Archetype.AUTONOMOUS));
        boolean cheapMistakes = answers.scale(COST_WRONG_PREDICTIONS).orElse(3) == 1;

        if (answers.pickedOneOf(ARCH_HUMAN_REVIEW, REVIEW_SOMETIMES, REVIEW_ALWAYS) || cheapMistakes) {
            assertThat(autonomous.raw()).isEqualTo(software2.raw());
        } else {
            assertThat(autonomous.raw()).isLessThan(software2.raw());
            assertThat(autonomous.value()).isLessThanOrEqualTo(software2.value());
        }
    }

    @Property
    void feasibility_never_rises_when_a_wrong_prediction_costs_more(
            @ForAll("projects") Answers answers,
            @ForAll("overrides") Optional<Archetype> override,
            @ForAll @IntRange(min = 1, max = 4) int cost) {
        var cheaper = feasibility(answers.with(COST_WRONG_PREDICTIONS, new Answer.Scale(cost)), override);
        var dearer = feasibility(answers.with(COST_WRONG_PREDICTIONS, new Answer.Scale(cost + 1)), override);

        assertThat(dearer.raw()).isLessThan(cheaper.raw());
        assertThat(dearer.value()).isLessThanOrEqualTo(cheaper.value());
    }

    @Property
    void the_cost_of_wrong_predictions_weighs_super_linearly(
            @ForAll("projects") Answers answers, @ForAll("overrides") Optional<Archetype> override) {
        double[] raw = new double[6];
        for (int cost = 1; cost <= 5; cost++) {
            raw[cost] = feasibility(answers.with(COST_WRONG_PREDICTIONS, new Answer.Scale(cost)), override)
                    .raw();
        }

        for (int step = 2; step <= 4; step++) {
            assertThat(raw[step] - raw[step + 1]).isGreaterThan(raw[step - 1] - raw[step]);
        }
    }

    @Property
    void the_lectures_signals_outweigh_the_proposers_own_rating(
            @ForAll("projects") Answers answers, @ForAll("overrides") Optional<Archetype> override) {
        var signalsOnly = assess(
                        answers.with(IMPACT_SIGNALS, new Answer.Picks(new HashSet<>(RandomProjects.SIGNALS)))
                                .with(IMPACT_RATING, new Answer.Scale(1)),
                        override)
                .impact();
        var ratingOnly = assess(
                        answers.with(IMPACT_SIGNALS, new Answer.Picks(java.util.Set.of()))
                                .with(IMPACT_RATING, new Answer.Scale(5)),
                        override)
                .impact();

        assertThat(signalsOnly.raw()).isGreaterThan(ratingOnly.raw());
    }

    @Property
    void the_proposers_rating_alone_never_makes_impact_high(
            @ForAll("projects") Answers answers, @ForAll("overrides") Optional<Archetype> override) {
        var ratingOnly = assess(
                        answers.with(IMPACT_SIGNALS, new Answer.Picks(java.util.Set.of()))
                                .with(IMPACT_RATING, new Answer.Scale(5)),
                        override)
                .impact();

        if (override.orElse(ArchetypeClassifier.suggest(answers).archetype()) != Archetype.SOFTWARE_2_0) {
            assertThat(ratingOnly.value()).isLessThan(Quadrant.HIGH_THRESHOLD);
        }
    }

    // --- the numbers themselves ------------------------------------------------------------------

    @Property
    void scores_stay_within_one_and_five_with_one_decimal(
            @ForAll("projects") Answers answers, @ForAll("overrides") Optional<Archetype> override) {
        var assessment = assess(answers, override);

        for (var score : List.of(assessment.impact(), assessment.feasibility())) {
            assertThat(score.value()).isBetween(Score.MIN, Score.MAX);
            assertThat(score.value() * 10)
                    .isCloseTo(Math.rint(score.value() * 10), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(score.value()).isEqualTo(Score.round(Math.max(Score.MIN, Math.min(Score.MAX, score.raw()))));
        }
        // The quadrant is always where the scores put it; a gate or "don't build" changes the verdict only.
        assertThat(assessment.quadrant())
                .isEqualTo(Quadrant.of(
                        assessment.impact().value(), assessment.feasibility().value()));
    }

    @Property
    void every_contribution_appears_in_the_explanation(
            @ForAll("projects") Answers answers, @ForAll("overrides") Optional<Archetype> override) {
        var assessment = assess(answers, override);

        for (var score : List.of(assessment.impact(), assessment.feasibility())) {
            var explanation = score.explain("score");
            assertThat(score.contributions())
                    .allSatisfy(c -> assertThat(explanation).contains(c.phrase()));
        }
    }

    private static Assessment assess(Answers answers, Optional<Archetype> override) {
        return Assessor.assess(answers, override);
    }

    private static Score feasibility(Answers answers, Optional<Archetype> override) {
        return assess(answers, override).feasibility();
    }

    private static Answer picked(String choiceId) {
        return new Answer.Picked(choiceId);
    }

    /** The three flywheel answers in order; a null link is one never asked. */
    private static Answers withFlywheel(Answers answers, List<Answer> links) {
        var keys = List.of(FLYWHEEL_LOOP, FLYWHEEL_MORE_DATA_HELPS, FLYWHEEL_BETTER_MODEL_HELPS_PRODUCT);
        var result = ProjectAnswers.from(answers);
        for (int i = 0; i < keys.size(); i++) {
            if (links.get(i) == null) result.without(keys.get(i));
            else result.put(keys.get(i), links.get(i));
        }
        return result.build();
    }
}
