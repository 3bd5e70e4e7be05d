package dev.mlidea.conversations.assessment;

import static dev.mlidea.conversations.intake.Questionnaire.*;

import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.conversations.intake.Answers;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitrary finished (or unfinished) intakes for property tests: every question answered with any
 * valid answer, skipped now and then, and now and then never answered at all.
 */
final class RandomProjects {

    static final List<String> SIGNALS =
            List.of(SIGNAL_FRICTION, SIGNAL_SOFTWARE_2, SIGNAL_CHEAP_PREDICTION, SIGNAL_INDUSTRY);
    static final List<String> TRAITS = List.of(TRAIT_COMPLEX_OUTPUT, TRAIT_RELIABILITY, TRAIT_GENERALIZATION);
    static final List<String> READINESS = List.of(READY_PRODUCT, READY_DATA, READY_PEOPLE);

    private RandomProjects() {}

    static Arbitrary<Answers> answers() {
        List<Arbitrary<Map.Entry<String, Answer>>> questions = List.of(
                answered(PROBLEM, Arbitraries.just(new Answer.Text("A problem"))),
                choice(READY_PRODUCT, YES, PARTLY, NO),
                choice(READY_DATA, YES, PARTLY, NO),
                choice(READY_PEOPLE, YES, PARTLY, NO),
                choice(NEED_SOLVE_AT_ALL, YES, UNSURE, NO),
                choice(NEED_BASELINE, BASELINE_NONE, BASELINE_FELL_SHORT, BASELINE_GOOD_ENOUGH),
                choice(ETHICS, ETHICS_FINE, ETHICS_MANAGEABLE, ETHICS_CONCERN),
                multi(IMPACT_SIGNALS, SIGNALS),
                scale(IMPACT_RATING),
                scale(COST_DATA),
                scale(COST_WRONG_PREDICTIONS),
                scale(COST_ACCURACY),
                scale(COST_DIFFICULTY),
                multi(HARD_TRAITS, TRAITS),
                choice(ARCH_AUTOMATED_TODAY, YES, PARTLY, NO),
                choice(ARCH_HUMAN_REVIEW, REVIEW_ALWAYS, REVIEW_SOMETIMES, REVIEW_USER_PICKS, REVIEW_NEVER),
                choice(ARCH_ACTS_ALONE, YES, NO),
                choice(FLYWHEEL_LOOP, YES, UNSURE, NO),
                choice(FLYWHEEL_MORE_DATA_HELPS, YES, UNSURE, NO),
                choice(FLYWHEEL_BETTER_MODEL_HELPS_PRODUCT, YES, UNSURE, NO),
                answered(
                        SUCCESS_CRITERIA, Arbitraries.of("Criteria", "none yet").map(Answer.Text::new)),
                answered(SUCCESS_STAKEHOLDERS, Arbitraries.just(new Answer.People(List.of("U01")))),
                choice(CHECK_LITERATURE, CHECK_DONE, CHECK_IN_PROGRESS, CHECK_NOT_STARTED),
                choice(CHECK_BENCHMARK, CHECK_DONE, CHECK_IN_PROGRESS, CHECK_NOT_STARTED),
                choice(CHECK_BASELINE_MODEL, CHECK_DONE, CHECK_IN_PROGRESS, CHECK_NOT_STARTED),
                choice(REVALIDATE_EVERY, WEEKS_1, WEEKS_2, WEEKS_4, WEEKS_8),
                choice(NEED_STILL_SURE, YES, UNSURE, NO));
        return Combinators.combine(questions).as(entries -> {
            var answers = Answers.none();
            for (var entry : entries) {
                if (entry != null) answers = answers.with(entry.getKey(), entry.getValue());
            }
            return answers;
        });
    }

    /** No override (the suggestion counts) or any archetype chosen by the proposer. */
    static Arbitrary<Optional<Archetype>> overrides() {
        return Arbitraries.of(Archetype.class).optional(0.7);
    }

    /** The three flywheel answers, at least one of them not a yes (including skipped or never asked). */
    static Arbitrary<List<Answer>> incompleteFlywheels() {
        var one = Arbitraries.frequencyOf(List.of(
                Tuple.of(
                        6,
                        Arbitraries.<Answer>of(
                                new Answer.Picked(YES), new Answer.Picked(UNSURE), new Answer.Picked(NO))),
                Tuple.of(1, Arbitraries.<Answer>just(new Answer.Skipped()))));
        return one.injectNull(0.1)
                .list()
                .ofSize(3)
                .filter(links -> !links.stream().allMatch(a -> Objects.equals(a, new Answer.Picked(YES))));
    }

    private static Arbitrary<Map.Entry<String, Answer>> choice(String key, String... choiceIds) {
        return answered(key, Arbitraries.of(choiceIds).map(Answer.Picked::new));
    }

    private static Arbitrary<Map.Entry<String, Answer>> scale(String key) {
        return answered(key, Arbitraries.integers().between(1, 5).map(Answer.Scale::new));
    }

    private static Arbitrary<Map.Entry<String, Answer>> multi(String key, List<String> choiceIds) {
        return answered(key, Arbitraries.subsetOf(choiceIds).map(Answer.Picks::new));
    }

    /** Mostly answered, sometimes skipped, sometimes not answered at all (null: left out). */
    private static Arbitrary<Map.Entry<String, Answer>> answered(String key, Arbitrary<? extends Answer> answer) {
        Arbitrary<Answer> given = answer.map(a -> (Answer) a);
        Arbitrary<Answer> orSkipped = Arbitraries.frequencyOf(
                List.of(Tuple.of(8, given), Tuple.of(1, Arbitraries.<Answer>just(new Answer.Skipped()))));
        return orSkipped.map(a -> Map.entry(key, a)).injectNull(0.05);
    }
}
