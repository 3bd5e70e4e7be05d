package dev.mlidea.conversations.assessment;

import static dev.mlidea.conversations.intake.Questionnaire.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.conversations.intake.Answers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Scoring model 2 read through the quick intake's answers keeps its promises. */
class QuickScoringProperties {

    /** Each quick choice question's choices from better to worse for feasibility. */
    private static final Map<String, List<String>> BETTER_TO_WORSE = Map.of(
            DATA_STATE, List.of(DATA_LABELED, DATA_UNLABELED, PARTLY, DATA_NONE, DATA_NO_PRODUCT),
            COST_WRONG_ANSWER, List.of(WRONG_ANNOYANCE, WRONG_SETBACK, WRONG_COSTLY, WRONG_UNFAIR, WRONG_HARM),
            DONE_BEFORE, List.of(DONE_PUBLISHED, DONE_SIMILAR, DONE_NOBODY));

    @Property(tries = 500)
    void through_the_quick_questions_a_worse_answer_never_raises_a_score(
            @ForAll("quickAnswers") Answers answers,
            @ForAll("questions") String key,
            @ForAll("steps") int from,
            @ForAll("steps") int by,
            @ForAll("overrides") Optional<Archetype> override) {
        List<String> order = BETTER_TO_WORSE.get(key);
        int better = from % order.size();
        int worse = Math.min(order.size() - 1, better + by % order.size());
        var good = Assessor.assess(answers.with(key, new Answer.Picked(order.get(better))), override);
        var bad = Assessor.assess(answers.with(key, new Answer.Picked(order.get(worse))), override);

        assertThat(bad.feasibility().raw())
                .isLessThanOrEqualTo(good.feasibility().raw());
        assertThat(bad.impact().raw()).isLessThanOrEqualTo(good.impact().raw());
    }

    @Property(tries = 300)
    void a_quick_intake_raises_no_flag_and_closes_no_gate_for_a_question_it_never_asked(
            @ForAll("quickAnswers") Answers answers) {
        var assessment = Assessor.assess(answers, Optional.empty());

        // need.still_sure is never asked in the quick intake; only "it doesn't need solving" says the same.
        assertThat(assessment.redFlags().contains(RedFlag.NOT_SURE_ML_NEEDED))
                .isEqualTo(answers.pickedOneOf(NEED_ML, NEED_NOT_NEEDED));
        if (!answers.pickedOneOf(COST_WRONG_ANSWER, WRONG_UNFAIR)) {
            assertThat(assessment.redFlags()).doesNotContain(RedFlag.ETHICS_CONCERN);
            assertThat(assessment.gates()).doesNotContain(Gate.ETHICS_UNRESOLVED);
        }
    }

    @Property(tries = 300)
    void a_full_answer_always_wins_over_the_one_a_quick_answer_gives(
            @ForAll("quickAnswers") Answers answers, @ForAll("fullAnswers") Answers full) {
        var both = answers;
        for (var entry : full.byKey().entrySet()) both = both.with(entry.getKey(), entry.getValue());
        var fullOnly = Answers.none();
        for (var entry : both.byKey().entrySet()) {
            if (!isQuickOnly(entry.getKey())) fullOnly = fullOnly.with(entry.getKey(), entry.getValue());
        }

        var assessment = Assessor.assess(both, Optional.empty());
        var withoutQuick = Assessor.assess(fullOnly, Optional.empty());

        // With every full question the quick ones feed answered, the quick answers change nothing.
        assertThat(assessment.impact()).isEqualTo(withoutQuick.impact());
        assertThat(assessment.feasibility()).isEqualTo(withoutQuick.feasibility());
        assertThat(assessment.verdict()).isEqualTo(withoutQuick.verdict());
    }

    @Provide
    Arbitrary<Answers> quickAnswers() {
        return Combinators.combine(
                        choice(USE_HOW, USE_SOFTWARE_TODAY, USE_PERSON_DECIDES, USE_ACTS_ALONE, UNSURE),
                        choice(NEED_ML, NEED_NOT_NEEDED, BASELINE_NONE, BASELINE_FELL_SHORT, BASELINE_GOOD_ENOUGH),
                        Arbitraries.subsetOf(RandomProjects.SIGNALS).map(s -> (Answer) new Answer.Picks(s)),
                        choice(DATA_STATE, DATA_LABELED, DATA_UNLABELED, PARTLY, DATA_NONE, DATA_NO_PRODUCT),
                        choice(
                                COST_WRONG_ANSWER,
                                WRONG_ANNOYANCE,
                                WRONG_SETBACK,
                                WRONG_COSTLY,
                                WRONG_UNFAIR,
                                WRONG_HARM),
                        choice(DONE_BEFORE, DONE_PUBLISHED, DONE_SIMILAR, DONE_NOBODY, UNSURE),
                        Arbitraries.<Answer>of(new Answer.Text("Criteria"), new Answer.Text("none yet")))
                .as((use, baseline, signals, data, wrong, done, criteria) -> Answers.none()
                        .with(PROBLEM, new Answer.Text("A problem"))
                        .with(USE_HOW, use)
                        .with(NEED_ML, baseline)
                        .with(IMPACT_SIGNALS, signals)
                        .with(DATA_STATE, data)
                        .with(COST_WRONG_ANSWER, wrong)
                        .with(DONE_BEFORE, done)
                        .with(SUCCESS_CRITERIA, criteria));
    }

    /** Answers to every full question a quick answer can give. */
    @Provide
    Arbitrary<Answers> fullAnswers() {
        Arbitrary<Answers> archetypeReadinessAndCosts = Combinators.combine(
                        choice(ARCH_AUTOMATED_TODAY, YES, PARTLY, NO),
                        choice(ARCH_HUMAN_REVIEW, REVIEW_ALWAYS, REVIEW_SOMETIMES, REVIEW_USER_PICKS, REVIEW_NEVER),
                        choice(ARCH_ACTS_ALONE, YES, NO),
                        choice(READY_PRODUCT, YES, PARTLY, NO),
                        choice(READY_DATA, YES, PARTLY, NO),
                        Arbitraries.integers().between(1, 5).map(v -> (Answer) new Answer.Scale(v)),
                        Arbitraries.integers().between(1, 5).map(v -> (Answer) new Answer.Scale(v)),
                        Arbitraries.integers().between(1, 5).map(v -> (Answer) new Answer.Scale(v)))
                .as((automated, review, alone, product, data, costData, wrong, difficulty) -> Answers.none()
                        .with(ARCH_AUTOMATED_TODAY, automated)
                        .with(ARCH_HUMAN_REVIEW, review)
                        .with(ARCH_ACTS_ALONE, alone)
                        .with(READY_PRODUCT, product)
                        .with(READY_DATA, data)
                        .with(COST_DATA, costData)
                        .with(COST_WRONG_PREDICTIONS, wrong)
                        .with(COST_DIFFICULTY, difficulty)
                        .with(ETHICS, new Answer.Picked(ETHICS_FINE)));
        // …and the accuracy requirement and the need, which a quick answer can give too.
        return Combinators.combine(
                        archetypeReadinessAndCosts,
                        Arbitraries.integers().between(1, 5).map(v -> (Answer) new Answer.Scale(v)),
                        choice(NEED_SOLVE_AT_ALL, YES, UNSURE, NO),
                        choice(NEED_BASELINE, BASELINE_NONE, BASELINE_FELL_SHORT, BASELINE_GOOD_ENOUGH))
                .as((answers, accuracy, need, baseline) -> answers.with(COST_ACCURACY, accuracy)
                        .with(NEED_SOLVE_AT_ALL, need)
                        .with(NEED_BASELINE, baseline));
    }

    @Provide
    Arbitrary<String> questions() {
        return Arbitraries.of(BETTER_TO_WORSE.keySet());
    }

    @Provide
    Arbitrary<Integer> steps() {
        return Arbitraries.integers().between(0, 4);
    }

    @Provide
    Arbitrary<Optional<Archetype>> overrides() {
        return RandomProjects.overrides();
    }

    private static Arbitrary<Answer> choice(String key, String... ids) {
        return Arbitraries.of(ids).map(Answer.Picked::new);
    }
}
