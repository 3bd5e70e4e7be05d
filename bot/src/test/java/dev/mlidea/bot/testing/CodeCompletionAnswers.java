package dev.mlidea.bot.testing;

import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.Questionnaire;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A full intake's answers for smarter code completion (the lecture's Software 2.0 example), with
 * hostile markup in the problem: the fixture the message tests render.
 */
public final class CodeCompletionAnswers {
    private CodeCompletionAnswers() {}

    /** Every question of the full questionnaire answered, one skipped. */
    public static Answers full() {
        Map<String, Answer> a = new LinkedHashMap<>();
        a.put(Questionnaire.PROBLEM, new Answer.Text("Completion is hand-written rules & <!here> hates it"));
        a.put(Questionnaire.READY_PRODUCT, new Answer.Picked(Questionnaire.YES));
        a.put(Questionnaire.READY_DATA, new Answer.Picked(Questionnaire.PARTLY));
        a.put(Questionnaire.READY_PEOPLE, new Answer.Picked(Questionnaire.YES));
        a.put(Questionnaire.NEED_SOLVE_AT_ALL, new Answer.Picked(Questionnaire.YES));
        a.put(Questionnaire.NEED_BASELINE, new Answer.Picked(Questionnaire.BASELINE_FELL_SHORT));
        a.put(Questionnaire.ETHICS, new Answer.Picked(Questionnaire.ETHICS_FINE));
        a.put(
                Questionnaire.IMPACT_SIGNALS,
                new Answer.Picks(Set.of(Questionnaire.SIGNAL_FRICTION, Questionnaire.SIGNAL_SOFTWARE_2)));
        a.put(Questionnaire.IMPACT_RATING, new Answer.Scale(5));
        a.put(Questionnaire.COST_DATA, new Answer.Scale(4));
        a.put(Questionnaire.COST_WRONG_PREDICTIONS, new Answer.Scale(2));
        a.put(Questionnaire.COST_ACCURACY, new Answer.Scale(2));
        a.put(Questionnaire.COST_DIFFICULTY, new Answer.Scale(2));
        a.put(Questionnaire.HARD_TRAITS, new Answer.Picks(Set.of(Questionnaire.TRAIT_COMPLEX_OUTPUT)));
        a.put(Questionnaire.ARCH_AUTOMATED_TODAY, new Answer.Picked(Questionnaire.YES));
        // A developer takes or ignores each completion: a user, not a reviewer.
        a.put(Questionnaire.ARCH_HUMAN_REVIEW, new Answer.Picked(Questionnaire.REVIEW_USER_PICKS));
        a.put(Questionnaire.ARCH_ACTS_ALONE, new Answer.Picked(Questionnaire.NO));
        a.put(Questionnaire.FLYWHEEL_LOOP, new Answer.Picked(Questionnaire.YES));
        a.put(Questionnaire.FLYWHEEL_MORE_DATA_HELPS, new Answer.Picked(Questionnaire.YES));
        a.put(Questionnaire.FLYWHEEL_BETTER_MODEL_HELPS_PRODUCT, new Answer.Picked(Questionnaire.UNSURE));
        a.put(Questionnaire.SUCCESS_CRITERIA, new Answer.Text("30% of suggestions accepted within a month"));
        a.put(Questionnaire.SUCCESS_STAKEHOLDERS, new Answer.People(List.of("U0PM000001", "U0LEAD0001")));
        a.put(Questionnaire.CHECK_LITERATURE, new Answer.Picked(Questionnaire.CHECK_DONE));
        a.put(Questionnaire.CHECK_BENCHMARK, new Answer.Skipped());
        a.put(Questionnaire.CHECK_BASELINE_MODEL, new Answer.Picked(Questionnaire.CHECK_NOT_STARTED));
        a.put(Questionnaire.REVALIDATE_EVERY, new Answer.Picked(Questionnaire.WEEKS_2));
        a.put(Questionnaire.NEED_STILL_SURE, new Answer.Picked(Questionnaire.YES));
        return new Answers(a);
    }
}
