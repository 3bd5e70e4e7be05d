package dev.mlidea.conversations.intake;

import static dev.mlidea.conversations.intake.Questionnaire.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntakeFlowTest {

    private static final int WITHOUT_FLYWHEEL = 24;
    private static final int WITH_FLYWHEEL = 27;

    private IntakeStep step = IntakeFlow.start(IntakeMode.FULL);

    // --- driving the conversation -------------------------------------------------------------

    private IntakeState state() {
        return step.state();
    }

    private IntakeStep type(String text) {
        step = IntakeFlow.handle(state(), new IntakeInput.Typed(text));
        return step;
    }

    private IntakeStep click(String key, String value) {
        step = IntakeFlow.handle(state(), new IntakeInput.Clicked(key, value));
        return step;
    }

    private IntakeStep toggle(String key, String... ids) {
        step = IntakeFlow.handle(state(), new IntakeInput.Toggled(key, Set.of(ids)));
        return step;
    }

    private IntakeStep reopen(String key) {
        step = IntakeFlow.reopen(state(), key);
        return step;
    }

    private String open() {
        return state().currentKey().orElseThrow();
    }

    /** Answers every open question with its plainest valid answer until {@code key} is open. */
    private void answerUntil(String key) {
        for (int i = 0; i < 40 && !state().currentKey().equals(Optional.of(key)); i++) {
            type(SampleAnswers.typed(Questionnaire.byKey(open()).orElseThrow()));
        }
        assertThat(open()).isEqualTo(key);
    }

    private void answerToTheEnd() {
        for (int i = 0; i < 40 && state().status() == IntakeStatus.IN_PROGRESS; i++) {
            type(SampleAnswers.typed(Questionnaire.byKey(open()).orElseThrow()));
        }
        assertThat(state().status()).isEqualTo(IntakeStatus.COMPLETED);
    }

    private IntakeReply.Ask onlyAsk() {
        assertThat(step.replies()).hasSize(1).first().isInstanceOf(IntakeReply.Ask.class);
        return (IntakeReply.Ask) step.replies().get(0);
    }

    private static Question q(String key) {
        return Questionnaire.byKey(key).orElseThrow();
    }

    // --- asking in order ------------------------------------------------------------------------

    @Test
    void start_asks_the_problem_first_with_nothing_answered() {
        assertThat(state())
                .isEqualTo(new IntakeState(
                        IntakeStatus.IN_PROGRESS, IntakeMode.FULL, Answers.none(), Optional.of(PROBLEM), Set.of()));
        assertThat(step.replies())
                .containsExactly(new IntakeReply.Ask(
                        q(PROBLEM), new Progress(0, WITHOUT_FLYWHEEL), Optional.empty(), Optional.empty(), Set.of()));
    }

    @Test
    void an_accepted_answer_is_stored_and_the_next_question_asked() {
        type("  Agents triage 500 tickets a day by hand ");

        assertThat(state().answers().text(PROBLEM)).contains("Agents triage 500 tickets a day by hand");
        assertThat(step.replies())
                .containsExactly(new IntakeReply.Ask(
                        q(READY_PRODUCT),
                        new Progress(1, WITHOUT_FLYWHEEL),
                        Optional.empty(),
                        Optional.empty(),
                        Set.of()));
    }

    @Test
    void an_invalid_answer_asks_the_same_question_again_with_the_reason() {
        answerUntil(READY_PRODUCT);
        IntakeState before = state();

        type("maybe later");

        assertThat(state()).isEqualTo(before);
        IntakeReply.Ask ask = onlyAsk();
        assertThat(ask.question()).isEqualTo(q(READY_PRODUCT));
        assertThat(ask.rejection()).hasValueSatisfying(r -> assertThat(r).contains("maybe later", "Yes (1)"));
        assertThat(ask.progress()).isEqualTo(new Progress(1, WITHOUT_FLYWHEEL));
    }

    @Test
    void rejects_an_answer_longer_than_the_limit_and_keeps_the_question_open() {
        answerUntil(IMPACT_SIGNALS);
        type("friction");
        type("back");
        IntakeState before = state();

        type("1" + " 2".repeat(6000));

        assertThat(state()).isEqualTo(before);
        IntakeReply.Ask ask = onlyAsk();
        assertThat(ask.question()).isEqualTo(q(IMPACT_SIGNALS));
        assertThat(ask.rejection()).contains(AnswerParser.TOO_LONG);
        assertThat(ask.current()).contains(new Answer.Picks(Set.of(SIGNAL_FRICTION)));

        type("1, 4");
        assertThat(state().answers().get(IMPACT_SIGNALS))
                .contains(new Answer.Picks(Set.of(SIGNAL_FRICTION, SIGNAL_INDUSTRY)));
        assertThat(open()).isNotEqualTo(IMPACT_SIGNALS);
    }

    @Test
    void rejects_a_text_answer_longer_than_the_limit_rather_than_storing_it() {
        type("x".repeat(40_000));

        assertThat(state().answers().has(PROBLEM)).isFalse();
        assertThat(onlyAsk().rejection()).contains(AnswerParser.TOO_LONG);
        assertThat(open()).isEqualTo(PROBLEM);
    }

    @Test
    void the_last_question_is_whether_you_still_need_ml_and_then_the_intake_completes() {
        answerUntil(REVALIDATE_EVERY);
        type("4 weeks");
        assertThat(open()).isEqualTo(NEED_STILL_SURE);

        type("yes");

        assertThat(state().status()).isEqualTo(IntakeStatus.COMPLETED);
        assertThat(state().currentKey()).isEmpty();
        assertThat(state().answers().picked(REVALIDATE_EVERY)).contains(WEEKS_4);
        assertThat(step.replies()).containsExactly(new IntakeReply.Completed(state().answers()));
        assertThat(IntakeFlow.progress(state())).isEqualTo(new Progress(WITHOUT_FLYWHEEL, WITHOUT_FLYWHEEL));
    }

    @Test
    void every_question_can_be_answered_by_clicking_or_typing() {
        for (int i = 0; i < 40 && state().status() == IntakeStatus.IN_PROGRESS; i++) {
            Question question = q(open());
            switch (question.kind()) {
                case CHOICE, SCALE -> click(question.key(), SampleAnswers.clicked(question, i));
                case MULTI -> click(question.key(), IntakeInput.DONE);
                default -> type(SampleAnswers.typed(question, i));
            }
            assertThat(step.replies())
                    .noneMatch(
                            r -> r instanceof IntakeReply.Ask a && a.rejection().isPresent());
        }
        assertThat(state().status()).isEqualTo(IntakeStatus.COMPLETED);
    }

    // --- control words --------------------------------------------------------------------------

    @Test
    void skip_records_a_skipped_answer_and_moves_on() {
        type("skip");

        assertThat(state().answers().skipped(PROBLEM)).isTrue();
        assertThat(open()).isEqualTo(READY_PRODUCT);
        assertThat(onlyAsk().progress()).isEqualTo(new Progress(1, WITHOUT_FLYWHEEL));
    }

    @Test
    void control_words_are_read_tolerantly_but_only_alone() {
        type("  Skip. ");
        assertThat(open()).isEqualTo(READY_PRODUCT);

        type("BACK!");
        assertThat(open()).isEqualTo(PROBLEM);

        type("skip the details, we want fewer escalations");
        assertThat(state().answers().text(PROBLEM)).contains("skip the details, we want fewer escalations");
    }

    @Test
    void back_asks_the_previous_question_showing_its_answer() {
        answerUntil(READY_DATA);

        type("back");

        assertThat(open()).isEqualTo(READY_PRODUCT);
        assertThat(step.replies())
                .containsExactly(new IntakeReply.Ask(
                        q(READY_PRODUCT),
                        new Progress(2, WITHOUT_FLYWHEEL),
                        Optional.empty(),
                        Optional.of(new Answer.Picked(YES)),
                        Set.of()));
    }

    @Test
    void back_on_the_first_question_says_there_is_nothing_to_go_back_to() {
        IntakeState before = state();

        type("back");

        assertThat(state()).isEqualTo(before);
        assertThat(onlyAsk().question()).isEqualTo(q(PROBLEM));
        assertThat(onlyAsk().rejection()).contains("This is the first question; there is nothing to go back to.");
    }

    @Test
    void after_going_back_and_answering_again_the_flow_returns_to_where_it_was() {
        answerUntil(ETHICS);
        type("back");
        type("back");
        type("back");
        assertThat(open()).isEqualTo(READY_PEOPLE);

        type("no");

        assertThat(state().answers().picked(READY_PEOPLE)).contains(NO);
        assertThat(open()).isEqualTo(ETHICS);
    }

    @Test
    void skipping_an_answered_question_keeps_its_answer() {
        answerUntil(READY_DATA);
        type("back");

        type("skip");

        assertThat(state().answers().picked(READY_PRODUCT)).contains(YES);
        assertThat(open()).isEqualTo(READY_DATA);
    }

    @Test
    void cancel_ends_the_intake_and_keeps_the_answers() {
        answerUntil(READY_PEOPLE);

        type("cancel");

        assertThat(state().status()).isEqualTo(IntakeStatus.CANCELLED);
        assertThat(state().currentKey()).isEmpty();
        assertThat(state().answers().picked(READY_DATA)).contains(YES);
        assertThat(step.replies()).containsExactly(new IntakeReply.Cancelled(new Progress(3, WITHOUT_FLYWHEEL)));
    }

    @Test
    void help_explains_the_open_question_and_changes_nothing() {
        answerUntil(IMPACT_RATING);
        IntakeState before = state();

        type("Help");

        assertThat(state()).isEqualTo(before);
        assertThat(step.replies())
                .containsExactly(new IntakeReply.Help(q(IMPACT_RATING), new Progress(8, WITHOUT_FLYWHEEL)));
    }

    @Test
    void typing_after_a_cancelled_intake_is_discussion() {
        type("cancel");
        IntakeState cancelled = state();

        type("yes");
        assertThat(state()).isEqualTo(cancelled);
        assertThat(step.replies()).isEmpty();

        type("back");
        assertThat(state()).isEqualTo(cancelled);
        assertThat(step.replies()).isEmpty();
    }

    @Test
    void typing_after_a_completed_intake_is_discussion() {
        answerToTheEnd();
        IntakeState completed = state();

        type("skip");

        assertThat(state()).isEqualTo(completed);
        assertThat(step.replies()).isEmpty();
    }

    // --- the data flywheel branch ---------------------------------------------------------------

    @Test
    void the_flywheel_is_asked_when_software_does_the_job_today() {
        answerUntil(ARCH_AUTOMATED_TODAY);
        type("yes");
        type("no"); // human review
        assertThat(onlyAsk().progress().total())
                .as("not counted before the last archetype question")
                .isEqualTo(WITHOUT_FLYWHEEL);
        type("no"); // acts alone

        assertThat(open()).isEqualTo(FLYWHEEL_LOOP);
        assertThat(onlyAsk().progress()).isEqualTo(new Progress(17, WITH_FLYWHEEL));
        type("yes");
        type("unsure");
        type("no");
        assertThat(open()).isEqualTo(SUCCESS_CRITERIA);
    }

    @Test
    void the_flywheel_is_asked_when_it_automates_complex_hand_made_logic() {
        answerUntil(IMPACT_SIGNALS);
        type("software 2.0, industry");
        answerUntil(ARCH_AUTOMATED_TODAY);
        type("no");
        type("no");
        type("no");

        assertThat(open()).isEqualTo(FLYWHEEL_LOOP);
    }

    @Test
    void the_flywheel_is_not_asked_of_a_system_that_acts_alone() {
        answerUntil(ARCH_AUTOMATED_TODAY);
        type("yes");
        type("no");
        type("yes"); // acts alone

        assertThat(open()).isEqualTo(SUCCESS_CRITERIA);
        assertThat(onlyAsk().progress()).isEqualTo(new Progress(17, WITHOUT_FLYWHEEL));
    }

    @Test
    void the_flywheel_is_not_asked_of_something_new_whose_every_output_a_person_approves() {
        answerUntil(ARCH_AUTOMATED_TODAY);
        type("no");
        type("yes");
        type("no");

        assertThat(open()).isEqualTo(SUCCESS_CRITERIA);
    }

    @Test
    void nothing_automated_and_nobody_reviewing_is_closest_to_software_2_0_so_the_flywheel_is_asked() {
        answerUntil(ARCH_AUTOMATED_TODAY);
        type("no");
        type("users pick");
        type("no");

        assertThat(open()).isEqualTo(FLYWHEEL_LOOP);
    }

    @Test
    void going_back_to_the_flywheel_trigger_and_changing_it_drops_the_flywheel_but_keeps_its_answers() {
        answerUntil(ARCH_AUTOMATED_TODAY);
        type("yes");
        type("no");
        type("no");
        type("yes"); // flywheel.loop
        assertThat(open()).isEqualTo(FLYWHEEL_MORE_DATA_HELPS);
        for (int i = 0; i < 4; i++) type("back");
        assertThat(open()).isEqualTo(ARCH_AUTOMATED_TODAY);
        type("no");
        assertThat(open()).as("nobody reviews: still closest to Software 2.0").isEqualTo(FLYWHEEL_MORE_DATA_HELPS);
        for (int i = 0; i < 3; i++) type("back");
        assertThat(open()).isEqualTo(ARCH_HUMAN_REVIEW);

        type("yes");

        assertThat(open()).isEqualTo(SUCCESS_CRITERIA);
        assertThat(state().answers().picked(FLYWHEEL_LOOP)).contains(YES);
        assertThat(IntakeFlow.progress(state())).isEqualTo(new Progress(17, WITHOUT_FLYWHEEL));
    }

    // --- buttons --------------------------------------------------------------------------------

    @Test
    void a_click_on_the_open_question_answers_it() {
        answerUntil(COST_ACCURACY);

        click(COST_ACCURACY, "5");

        assertThat(state().answers().scale(COST_ACCURACY)).hasValue(5);
        assertThat(open()).isEqualTo(COST_DIFFICULTY);
    }

    @Test
    void a_click_with_a_value_the_question_does_not_have_is_rejected() {
        answerUntil(READY_DATA);
        IntakeState before = state();

        click(READY_DATA, "always");

        assertThat(state()).isEqualTo(before);
        assertThat(onlyAsk().rejection()).isPresent();
    }

    @Test
    void a_click_on_a_question_that_is_not_open_is_stale() {
        answerUntil(READY_DATA);
        IntakeState before = state();

        click(READY_PRODUCT, NO);

        assertThat(state()).isEqualTo(before);
        assertThat(step.replies()).containsExactly(new IntakeReply.StaleClick(READY_PRODUCT));
    }

    @Test
    void a_click_after_the_intake_ended_is_stale() {
        answerToTheEnd();
        IntakeState completed = state();

        click(NEED_STILL_SURE, NO);

        assertThat(state()).isEqualTo(completed);
        assertThat(step.replies()).containsExactly(new IntakeReply.StaleClick(NEED_STILL_SURE));
    }

    @Test
    void clicking_boxes_of_a_multi_select_toggles_the_draft_silently() {
        answerUntil(HARD_TRAITS);

        click(HARD_TRAITS, TRAIT_RELIABILITY);
        click(HARD_TRAITS, TRAIT_COMPLEX_OUTPUT);
        click(HARD_TRAITS, TRAIT_RELIABILITY);

        assertThat(step.replies()).isEmpty();
        assertThat(state().draft()).containsExactly(TRAIT_COMPLEX_OUTPUT);
        assertThat(open()).isEqualTo(HARD_TRAITS);
    }

    @Test
    void done_submits_the_draft_of_a_multi_select() {
        answerUntil(HARD_TRAITS);
        toggle(HARD_TRAITS, TRAIT_RELIABILITY, TRAIT_GENERALIZATION, "not-a-choice");
        assertThat(state().draft()).containsExactlyInAnyOrder(TRAIT_RELIABILITY, TRAIT_GENERALIZATION);

        click(HARD_TRAITS, IntakeInput.DONE);

        assertThat(state().answers().picks(HARD_TRAITS))
                .containsExactlyInAnyOrder(TRAIT_RELIABILITY, TRAIT_GENERALIZATION);
        assertThat(state().draft()).isEmpty();
        assertThat(open()).isEqualTo(ARCH_AUTOMATED_TODAY);
    }

    @Test
    void done_with_nothing_ticked_means_none_of_these() {
        answerUntil(IMPACT_SIGNALS);

        click(IMPACT_SIGNALS, IntakeInput.DONE);

        assertThat(state().answers().get(IMPACT_SIGNALS)).contains(new Answer.Picks(Set.of()));
        assertThat(open()).isEqualTo(IMPACT_RATING);
    }

    @Test
    void a_typed_list_answers_a_multi_select_whatever_the_draft() {
        answerUntil(IMPACT_SIGNALS);
        toggle(IMPACT_SIGNALS, SIGNAL_INDUSTRY);

        type("friction and cheap prediction");

        assertThat(state().answers().picks(IMPACT_SIGNALS))
                .containsExactlyInAnyOrder(SIGNAL_FRICTION, SIGNAL_CHEAP_PREDICTION);
    }

    @Test
    void an_invalid_typed_list_keeps_the_draft_and_shows_it() {
        answerUntil(IMPACT_SIGNALS);
        toggle(IMPACT_SIGNALS, SIGNAL_INDUSTRY);

        type("friction, blockchain");

        assertThat(state().draft()).containsExactly(SIGNAL_INDUSTRY);
        assertThat(onlyAsk().draft()).containsExactly(SIGNAL_INDUSTRY);
        assertThat(onlyAsk().rejection()).hasValueSatisfying(r -> assertThat(r).contains("blockchain"));
    }

    @Test
    void toggles_on_a_question_that_is_not_open_are_ignored() {
        answerUntil(HARD_TRAITS);
        IntakeState before = state();

        toggle(IMPACT_SIGNALS, SIGNAL_FRICTION);

        assertThat(state()).isEqualTo(before);
        assertThat(step.replies()).isEmpty();
    }

    @Test
    void going_back_to_a_multi_select_ticks_its_current_picks() {
        answerUntil(IMPACT_SIGNALS);
        type("friction, industry");

        type("back");

        assertThat(open()).isEqualTo(IMPACT_SIGNALS);
        assertThat(state().draft()).containsExactlyInAnyOrder(SIGNAL_FRICTION, SIGNAL_INDUSTRY);
        assertThat(onlyAsk().current()).contains(new Answer.Picks(Set.of(SIGNAL_FRICTION, SIGNAL_INDUSTRY)));
        click(IMPACT_SIGNALS, IntakeInput.DONE);
        assertThat(state().answers().picks(IMPACT_SIGNALS)).containsExactlyInAnyOrder(SIGNAL_FRICTION, SIGNAL_INDUSTRY);
    }

    // --- reopening a finished intake ------------------------------------------------------------

    @Test
    void reopening_a_completed_intake_asks_that_question_with_its_answer_then_completes_again() {
        answerToTheEnd();

        reopen(COST_ACCURACY);

        assertThat(state().status()).isEqualTo(IntakeStatus.IN_PROGRESS);
        assertThat(open()).isEqualTo(COST_ACCURACY);
        assertThat(onlyAsk().current()).contains(new Answer.Scale(1));
        assertThat(onlyAsk().progress()).isEqualTo(new Progress(WITHOUT_FLYWHEEL, WITHOUT_FLYWHEEL));

        type("5");

        assertThat(state().status()).isEqualTo(IntakeStatus.COMPLETED);
        assertThat(state().answers().scale(COST_ACCURACY)).hasValue(5);
        assertThat(step.replies()).containsExactly(new IntakeReply.Completed(state().answers()));
    }

    @Test
    void skipping_a_reopened_question_keeps_its_answer_and_completes_again() {
        answerToTheEnd();
        reopen(READY_DATA);

        type("skip");

        assertThat(state().status()).isEqualTo(IntakeStatus.COMPLETED);
        assertThat(state().answers().picked(READY_DATA)).contains(YES);
    }

    @Test
    void reopening_the_flywheel_trigger_can_bring_in_the_flywheel_questions() {
        answerToTheEnd();
        assertThat(state().answers().picked(ARCH_ACTS_ALONE)).contains(YES);

        reopen(ARCH_ACTS_ALONE);
        type("no");

        assertThat(open()).isEqualTo(FLYWHEEL_LOOP);
        answerToTheEnd();
        assertThat(IntakeFlow.progress(state())).isEqualTo(new Progress(WITH_FLYWHEEL, WITH_FLYWHEEL));
    }

    @Test
    void reopening_an_unknown_or_inapplicable_question_changes_nothing() {
        answerToTheEnd();
        IntakeState completed = state();

        reopen("no.such.question");
        assertThat(state()).isEqualTo(completed);
        assertThat(step.replies()).isEmpty();

        reopen(FLYWHEEL_LOOP);
        assertThat(state()).isEqualTo(completed);
        assertThat(step.replies()).isEmpty();
    }

    @Test
    void a_cancelled_intake_is_not_reopened() {
        type("cancel");
        IntakeState cancelled = state();

        reopen(PROBLEM);

        assertThat(state()).isEqualTo(cancelled);
        assertThat(step.replies()).isEmpty();
    }

    // --- progress -------------------------------------------------------------------------------

    @Test
    void progress_counts_answers_and_skips_among_the_questions_that_apply() {
        Answers answers = Answers.none()
                .with(PROBLEM, new Answer.Text("x"))
                .with(READY_PRODUCT, new Answer.Skipped())
                .with(FLYWHEEL_LOOP, new Answer.Picked(YES));
        IntakeState state =
                new IntakeState(IntakeStatus.IN_PROGRESS, IntakeMode.FULL, answers, Optional.of(READY_DATA), Set.of());

        assertThat(IntakeFlow.progress(state)).isEqualTo(new Progress(2, WITHOUT_FLYWHEEL));
        assertThat(IntakeFlow.progress(new IntakeState(
                        IntakeStatus.IN_PROGRESS,
                        IntakeMode.FULL,
                        answers.with(ARCH_AUTOMATED_TODAY, new Answer.Picked(PARTLY))
                                .with(ARCH_ACTS_ALONE, new Answer.Picked(NO)),
                        Optional.of(READY_DATA),
                        Set.of())))
                .isEqualTo(new Progress(5, WITH_FLYWHEEL));
    }

    @Test
    void an_in_progress_state_without_an_open_question_asks_where_the_intake_stands() {
        IntakeState broken = new IntakeState(
                IntakeStatus.IN_PROGRESS,
                IntakeMode.FULL,
                Answers.none().with(PROBLEM, new Answer.Text("x")),
                Optional.empty(),
                Set.of());

        step = IntakeFlow.handle(broken, new IntakeInput.Typed("yes"));

        assertThat(open()).isEqualTo(READY_PRODUCT);
        assertThat(onlyAsk().question()).isEqualTo(q(READY_PRODUCT));
    }

    @Test
    void the_sample_answers_used_by_these_tests_are_all_valid() {
        for (Question question : Questionnaire.all()) {
            for (int seed = 0; seed < 24; seed++) {
                assertThat(AnswerParser.parse(question, SampleAnswers.typed(question, seed)))
                        .as("%s seed %d", question.key(), seed)
                        .isInstanceOf(ParsedAnswer.Accepted.class);
            }
        }
    }

    @Test
    void resume_typed_while_the_intake_runs_is_neither_an_answer_nor_a_control_word() {
        IntakeStep start = IntakeFlow.start();

        IntakeStep step = IntakeFlow.handle(start.state(), new IntakeInput.Typed("resume"));

        assertThat(step.state()).isEqualTo(start.state());
        assertThat(step.replies()).isEmpty();
    }
}
