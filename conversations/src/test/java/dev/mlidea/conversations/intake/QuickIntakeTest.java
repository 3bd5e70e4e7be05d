package dev.mlidea.conversations.intake;

import static dev.mlidea.conversations.intake.Questionnaire.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The quick intake: its eight questions, its progress, and {@code more} into the full questionnaire. */
class QuickIntakeTest {

    private static final List<String> QUICK_KEYS = List.of(
            PROBLEM, USE_HOW, NEED_ML, IMPACT_SIGNALS, DATA_STATE, COST_WRONG_ANSWER, DONE_BEFORE, SUCCESS_CRITERIA);

    static IntakeState quickCompleted() {
        IntakeStep step = IntakeFlow.start();
        while (step.state().status() == IntakeStatus.IN_PROGRESS) {
            Question q =
                    Questionnaire.byKey(step.state().currentKey().orElseThrow()).orElseThrow();
            step = IntakeFlow.handle(step.state(), new IntakeInput.Typed(SampleAnswers.typed(q)));
        }
        return step.state();
    }

    @Test
    void a_new_intake_is_quick_and_asks_the_eight_questions_in_order() {
        IntakeStep step = IntakeFlow.start();
        assertThat(step.state().mode()).isEqualTo(IntakeMode.QUICK);
        assertThat(Questionnaire.quick()).extracting(Question::key).containsExactlyElementsOf(QUICK_KEYS);
        assertThat(IntakeForm.quickQuestions()).isEqualTo(Questionnaire.quick());

        var asked = new java.util.ArrayList<String>();
        while (step.state().status() == IntakeStatus.IN_PROGRESS) {
            String key = step.state().currentKey().orElseThrow();
            asked.add(key);
            step = IntakeFlow.handle(step.state(), new IntakeInput.Typed("skip"));
        }
        assertThat(asked).containsExactlyElementsOf(QUICK_KEYS);
        assertThat(step.replies()).singleElement().isInstanceOf(IntakeReply.Completed.class);
    }

    @Test
    void every_quick_question_but_the_texts_is_a_choice_and_none_is_a_scale() {
        assertThat(Questionnaire.quick())
                .extracting(Question::kind)
                .doesNotContain(QuestionKind.SCALE, QuestionKind.PEOPLE);
        assertThat(Questionnaire.all()).extracting(Question::key).containsAll(QUICK_KEYS);
    }

    @Test
    void quick_progress_always_counts_out_of_eight() {
        IntakeStep step = IntakeFlow.start();
        for (int answered = 0; step.state().status() == IntakeStatus.IN_PROGRESS; answered++) {
            assertThat(IntakeFlow.progress(step.state())).isEqualTo(new Progress(answered, 8));
            IntakeReply.Ask ask = (IntakeReply.Ask) step.replies().get(0);
            assertThat(ask.progress()).isEqualTo(new Progress(answered, 8));
            Question q = ask.question();
            step = IntakeFlow.handle(step.state(), new IntakeInput.Typed(SampleAnswers.typed(q, answered)));
        }
        assertThat(IntakeFlow.progress(step.state())).isEqualTo(new Progress(8, 8));
    }

    @Test
    void more_on_a_completed_quick_intake_asks_the_first_full_question_it_has_no_answer_for() {
        IntakeState quick = quickCompleted();

        IntakeStep more = IntakeFlow.more(quick);

        assertThat(more.state().mode()).isEqualTo(IntakeMode.FULL);
        assertThat(more.state().status()).isEqualTo(IntakeStatus.IN_PROGRESS);
        assertThat(more.state().answers()).isEqualTo(quick.answers());
        String first = more.state().currentKey().orElseThrow();
        assertThat(quick.answers().has(first)).isFalse();
        assertThat(more.replies()).singleElement().isInstanceOf(IntakeReply.Ask.class);
    }

    @Test
    void in_full_mode_what_a_quick_answer_already_says_is_not_asked_again() {
        Answers answers = Answers.none()
                .with(USE_HOW, new Answer.Picked(USE_PERSON_DECIDES))
                .with(DATA_STATE, new Answer.Picked(DATA_LABELED))
                .with(COST_WRONG_ANSWER, new Answer.Picked(WRONG_UNFAIR))
                .with(DONE_BEFORE, new Answer.Picked(UNSURE));

        List<String> full = Questionnaire.applicable(IntakeMode.FULL, answers).stream()
                .map(Question::key)
                .toList();

        assertThat(full)
                .doesNotContain(
                        ARCH_AUTOMATED_TODAY,
                        ARCH_HUMAN_REVIEW,
                        ARCH_ACTS_ALONE,
                        READY_PRODUCT,
                        READY_DATA,
                        COST_DATA,
                        COST_WRONG_PREDICTIONS)
                // "Haven't looked" gives nothing; the ethics and how often it must be right are still asked.
                .contains(COST_DIFFICULTY, ETHICS, COST_ACCURACY, USE_HOW, DATA_STATE, COST_WRONG_ANSWER, DONE_BEFORE);
        assertThat(Questionnaire.applicable(IntakeMode.FULL, Answers.none()))
                .extracting(Question::key)
                .doesNotContain(USE_HOW, NEED_ML, DATA_STATE, COST_WRONG_ANSWER, DONE_BEFORE)
                .hasSize(24);
    }

    @Test
    void a_full_question_answered_before_is_still_asked_in_full_mode_even_when_a_quick_answer_gives_it() {
        Answers answers = Answers.none()
                .with(USE_HOW, new Answer.Picked(USE_SOFTWARE_TODAY))
                .with(ARCH_HUMAN_REVIEW, new Answer.Picked(REVIEW_SOMETIMES));

        assertThat(Questionnaire.applicable(IntakeMode.FULL, answers))
                .extracting(Question::key)
                .contains(ARCH_HUMAN_REVIEW)
                .doesNotContain(ARCH_AUTOMATED_TODAY);
        assertThat(QuickAnswers.expand(answers).picked(ARCH_HUMAN_REVIEW)).contains(REVIEW_SOMETIMES);
    }

    @Test
    void software_today_in_the_quick_intake_asks_the_flywheel_in_the_full_one() {
        Answers answers = Answers.none().with(USE_HOW, new Answer.Picked(USE_SOFTWARE_TODAY));

        assertThat(Questionnaire.applicable(IntakeMode.FULL, answers))
                .extracting(Question::key)
                .contains(FLYWHEEL_LOOP, FLYWHEEL_MORE_DATA_HELPS, FLYWHEEL_BETTER_MODEL_HELPS_PRODUCT);
    }

    @Test
    void more_works_on_an_intake_in_progress_cancelled_or_abandoned() {
        IntakeState asking = IntakeFlow.handle(IntakeFlow.start().state(), new IntakeInput.Typed("A problem"))
                .state();
        for (IntakeStatus status : List.of(IntakeStatus.IN_PROGRESS, IntakeStatus.CANCELLED, IntakeStatus.ABANDONED)) {
            IntakeState state = new IntakeState(
                    status,
                    IntakeMode.QUICK,
                    asking.answers(),
                    status == IntakeStatus.IN_PROGRESS ? asking.currentKey() : Optional.empty(),
                    Set.of());

            IntakeStep more = IntakeFlow.more(state);

            assertThat(more.state().mode()).as("%s", status).isEqualTo(IntakeMode.FULL);
            assertThat(more.state().status()).as("%s", status).isEqualTo(IntakeStatus.IN_PROGRESS);
            assertThat(more.state().currentKey()).as("%s", status).contains(READY_PRODUCT);
            assertThat(more.state().answers()).isEqualTo(asking.answers());
        }
    }

    @Test
    void more_on_a_complete_full_intake_changes_nothing_and_says_there_is_nothing_more() {
        IntakeState full = FinishedIntakes.completed();

        IntakeStep more = IntakeFlow.more(full);

        assertThat(more.state()).isEqualTo(full);
        assertThat(more.replies()).containsExactly(new IntakeReply.NothingMore());
    }

    @Test
    void answering_every_full_question_after_more_completes_the_intake_again() {
        IntakeStep step = IntakeFlow.more(quickCompleted());
        int asked = 0;
        while (step.state().status() == IntakeStatus.IN_PROGRESS) {
            Question q =
                    Questionnaire.byKey(step.state().currentKey().orElseThrow()).orElseThrow();
            step = IntakeFlow.handle(step.state(), new IntakeInput.Typed(SampleAnswers.typed(q)));
            asked++;
        }

        assertThat(asked).isPositive();
        assertThat(step.state().mode()).isEqualTo(IntakeMode.FULL);
        assertThat(step.replies()).singleElement().isInstanceOf(IntakeReply.Completed.class);
        Progress p = IntakeFlow.progress(step.state());
        assertThat(p.answered()).isEqualTo(p.total());
    }

    @Test
    void a_full_intake_stored_before_the_quick_one_asks_exactly_what_it_asked_before() {
        // The 24 questions of scoring model 2, in its order; 27 with the flywheel.
        assertThat(Questionnaire.applicable(IntakeMode.FULL, Answers.none()))
                .extracting(Question::key)
                .containsExactly(
                        PROBLEM,
                        READY_PRODUCT,
                        READY_DATA,
                        READY_PEOPLE,
                        NEED_SOLVE_AT_ALL,
                        NEED_BASELINE,
                        ETHICS,
                        IMPACT_SIGNALS,
                        IMPACT_RATING,
                        COST_DATA,
                        COST_WRONG_PREDICTIONS,
                        COST_ACCURACY,
                        COST_DIFFICULTY,
                        HARD_TRAITS,
                        ARCH_AUTOMATED_TODAY,
                        ARCH_HUMAN_REVIEW,
                        ARCH_ACTS_ALONE,
                        SUCCESS_CRITERIA,
                        SUCCESS_STAKEHOLDERS,
                        CHECK_LITERATURE,
                        CHECK_BENCHMARK,
                        CHECK_BASELINE_MODEL,
                        REVALIDATE_EVERY,
                        NEED_STILL_SURE);
    }

    @Test
    void back_in_quick_mode_goes_to_the_previous_quick_question() {
        IntakeStep step = IntakeFlow.start();
        step = IntakeFlow.handle(step.state(), new IntakeInput.Typed("A problem"));
        step = IntakeFlow.handle(step.state(), new IntakeInput.Typed("a person decides"));
        assertThat(step.state().currentKey()).contains(NEED_ML);

        step = IntakeFlow.handle(step.state(), new IntakeInput.Typed("back"));

        assertThat(step.state().currentKey()).contains(USE_HOW);
        assertThat(step.state().answers().picked(USE_HOW)).contains(USE_PERSON_DECIDES);
    }

    @Test
    void an_edit_of_a_quick_intake_offers_only_its_own_questions() {
        IntakeState quick = quickCompleted();

        assertThat(IntakeFlow.reopen(quick, ARCH_ACTS_ALONE).state()).isEqualTo(quick);
        assertThat(IntakeFlow.reopen(quick, USE_HOW).state().currentKey()).contains(USE_HOW);
    }

    @Test
    void quick_answers_give_the_full_answers_the_decision_record_lists() {
        Answers answers = Answers.none()
                .with(USE_HOW, new Answer.Picked(USE_ACTS_ALONE))
                .with(DATA_STATE, new Answer.Picked(DATA_UNLABELED))
                .with(COST_WRONG_ANSWER, new Answer.Picked(WRONG_HARM))
                .with(DONE_BEFORE, new Answer.Picked(DONE_NOBODY));

        Answers expanded = QuickAnswers.expand(answers);

        assertThat(expanded.byKey())
                .containsAllEntriesOf(Map.of(
                        ARCH_AUTOMATED_TODAY, new Answer.Picked(NO),
                        ARCH_HUMAN_REVIEW, new Answer.Picked(REVIEW_NEVER),
                        ARCH_ACTS_ALONE, new Answer.Picked(YES),
                        READY_PRODUCT, new Answer.Picked(YES),
                        READY_DATA, new Answer.Picked(YES),
                        COST_DATA, new Answer.Scale(2),
                        COST_WRONG_PREDICTIONS, new Answer.Scale(5),
                        COST_ACCURACY, new Answer.Scale(5),
                        COST_DIFFICULTY, new Answer.Scale(4)));
        assertThat(QuickAnswers.expand(FinishedIntakes.completed().answers()))
                .isEqualTo(FinishedIntakes.completed().answers());
    }

    @Test
    void a_skipped_or_unsure_quick_answer_gives_nothing_and_a_skipped_full_answer_is_kept() {
        Answers answers = Answers.none()
                .with(USE_HOW, new Answer.Picked(UNSURE))
                .with(DATA_STATE, new Answer.Skipped())
                .with(COST_WRONG_ANSWER, new Answer.Picked(WRONG_SETBACK))
                .with(COST_WRONG_PREDICTIONS, new Answer.Skipped());

        assertThat(QuickAnswers.expand(answers)).isEqualTo(answers);
    }
}
