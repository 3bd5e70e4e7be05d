package dev.mlidea.conversations.assessment;

import static dev.mlidea.conversations.intake.Questionnaire.*;

import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.conversations.intake.Answers;
import java.util.List;
import java.util.Set;

/**
 * Test-data builder for a finished intake. {@link #builder()} starts from a plain, fully answered
 * project — ready, rules tried and fell short, no ethics concern, two high-impact signals (friction and
 * what the industry does, so impact is just high), every scale at 3, no hard
 * trait, Software 2.0 (automated today, nobody reviews, does not act alone), criteria agreed, no
 * checklist step started, still sure — so each test states only what matters to it.
 */
final class ProjectAnswers {

    private Answers answers;

    private ProjectAnswers(Answers answers) {
        this.answers = answers;
    }

    static ProjectAnswers builder() {
        return empty().problem("Something people do by hand")
                .ready(YES, YES, YES)
                .needToSolve(YES)
                .baseline(BASELINE_FELL_SHORT)
                .ethics(ETHICS_FINE)
                .signals(SIGNAL_FRICTION, SIGNAL_INDUSTRY)
                .rating(3)
                .dataAvailability(3)
                .wrongPredictionCost(3)
                .accuracyRequirement(3)
                .difficulty(3)
                .hardTraits()
                .automatedToday(YES)
                .humanReview(REVIEW_NEVER)
                .actsAlone(NO)
                .successCriteria("Agreed criteria, checked in a month")
                .stakeholders("U01LEAD")
                .checklist(CHECK_NOT_STARTED, CHECK_NOT_STARTED, CHECK_NOT_STARTED)
                .pick(REVALIDATE_EVERY, DEFAULT_REVALIDATE_EVERY)
                .stillSure(YES);
    }

    /** Nothing answered at all. */
    static ProjectAnswers empty() {
        return new ProjectAnswers(Answers.none());
    }

    static ProjectAnswers from(Answers answers) {
        return new ProjectAnswers(answers);
    }

    ProjectAnswers problem(String text) {
        return put(PROBLEM, new Answer.Text(text));
    }

    ProjectAnswers ready(String product, String data, String people) {
        return pick(READY_PRODUCT, product).pick(READY_DATA, data).pick(READY_PEOPLE, people);
    }

    ProjectAnswers needToSolve(String choice) {
        return pick(NEED_SOLVE_AT_ALL, choice);
    }

    ProjectAnswers baseline(String choice) {
        return pick(NEED_BASELINE, choice);
    }

    ProjectAnswers ethics(String choice) {
        return pick(ETHICS, choice);
    }

    ProjectAnswers signals(String... signals) {
        return put(IMPACT_SIGNALS, new Answer.Picks(Set.of(signals)));
    }

    ProjectAnswers rating(int rating) {
        return put(IMPACT_RATING, new Answer.Scale(rating));
    }

    ProjectAnswers dataAvailability(int rating) {
        return put(COST_DATA, new Answer.Scale(rating));
    }

    ProjectAnswers wrongPredictionCost(int rating) {
        return put(COST_WRONG_PREDICTIONS, new Answer.Scale(rating));
    }

    ProjectAnswers accuracyRequirement(int rating) {
        return put(COST_ACCURACY, new Answer.Scale(rating));
    }

    ProjectAnswers difficulty(int rating) {
        return put(COST_DIFFICULTY, new Answer.Scale(rating));
    }

    ProjectAnswers hardTraits(String... traits) {
        return put(HARD_TRAITS, new Answer.Picks(Set.of(traits)));
    }

    ProjectAnswers automatedToday(String choice) {
        return pick(ARCH_AUTOMATED_TODAY, choice);
    }

    ProjectAnswers humanReview(String choice) {
        return pick(ARCH_HUMAN_REVIEW, choice);
    }

    ProjectAnswers actsAlone(String choice) {
        return pick(ARCH_ACTS_ALONE, choice);
    }

    ProjectAnswers flywheel(String loop, String moreDataHelps, String betterModelHelpsProduct) {
        return pick(FLYWHEEL_LOOP, loop)
                .pick(FLYWHEEL_MORE_DATA_HELPS, moreDataHelps)
                .pick(FLYWHEEL_BETTER_MODEL_HELPS_PRODUCT, betterModelHelpsProduct);
    }

    ProjectAnswers fullFlywheel() {
        return flywheel(YES, YES, YES);
    }

    ProjectAnswers successCriteria(String text) {
        return put(SUCCESS_CRITERIA, new Answer.Text(text));
    }

    ProjectAnswers stakeholders(String... userIds) {
        return put(SUCCESS_STAKEHOLDERS, new Answer.People(List.of(userIds)));
    }

    ProjectAnswers checklist(String literature, String benchmark, String baselineModel) {
        return pick(CHECK_LITERATURE, literature)
                .pick(CHECK_BENCHMARK, benchmark)
                .pick(CHECK_BASELINE_MODEL, baselineModel);
    }

    ProjectAnswers stillSure(String choice) {
        return pick(NEED_STILL_SURE, choice);
    }

    ProjectAnswers pick(String key, String choiceId) {
        return put(key, new Answer.Picked(choiceId));
    }

    /** The owner typed {@code skip} at this question. */
    ProjectAnswers skip(String key) {
        return put(key, new Answer.Skipped());
    }

    /** The question was never answered (an unfinished intake, or a branch not asked). */
    ProjectAnswers without(String key) {
        var copy = new java.util.LinkedHashMap<>(answers.byKey());
        copy.remove(key);
        answers = new Answers(copy);
        return this;
    }

    ProjectAnswers put(String key, Answer answer) {
        answers = answers.with(key, answer);
        return this;
    }

    Answers build() {
        return answers;
    }
}
