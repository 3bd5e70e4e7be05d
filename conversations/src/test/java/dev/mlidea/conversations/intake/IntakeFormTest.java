package dev.mlidea.conversations.intake;

import static dev.mlidea.conversations.intake.Questionnaire.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntakeFormTest {

    private static final Map<String, List<String>> QUICK_FORM = Map.of(
            PROBLEM, List.of("  Agents triage tickets by hand \uD83D\uDE05 "),
            USE_HOW, List.of(USE_PERSON_DECIDES),
            NEED_ML, List.of(BASELINE_FELL_SHORT),
            IMPACT_SIGNALS, List.of(SIGNAL_FRICTION, SIGNAL_INDUSTRY),
            DATA_STATE, List.of(DATA_LABELED),
            COST_WRONG_ANSWER, List.of(WRONG_ANNOYANCE),
            DONE_BEFORE, List.of(DONE_PUBLISHED),
            SUCCESS_CRITERIA, List.of("Dispatch time halved"));

    @Test
    void a_whole_valid_form_has_no_errors_and_completes_a_quick_intake() {
        assertThat(IntakeForm.errors(QUICK_FORM)).isEmpty();

        IntakeStep step = IntakeFlow.handle(IntakeFlow.start().state(), new IntakeInput.Form(QUICK_FORM));

        assertThat(step.state().status()).isEqualTo(IntakeStatus.COMPLETED);
        assertThat(step.replies()).singleElement().isInstanceOf(IntakeReply.Completed.class);
        Answers answers = step.state().answers();
        assertThat(answers.text(PROBLEM)).contains("Agents triage tickets by hand \uD83D\uDE05");
        assertThat(answers.picks(IMPACT_SIGNALS)).containsExactlyInAnyOrder(SIGNAL_FRICTION, SIGNAL_INDUSTRY);
        assertThat(answers.picked(USE_HOW)).contains(USE_PERSON_DECIDES);
    }

    @Test
    void none_of_these_answers_a_pick_any_question_with_no_picks() {
        assertThat(IntakeForm.errors(Map.of(IMPACT_SIGNALS, List.of(IntakeForm.NONE))))
                .isEmpty();

        IntakeStep step = IntakeFlow.handle(
                IntakeFlow.start().state(), new IntakeInput.Form(Map.of(IMPACT_SIGNALS, List.of(IntakeForm.NONE))));

        assertThat(step.state().answers().get(IMPACT_SIGNALS)).contains(new Answer.Picks(java.util.Set.of()));
    }

    @Test
    void whitespace_only_text_is_refused_in_the_parsers_words() {
        assertThat(IntakeForm.errors(Map.of(PROBLEM, List.of(" \t\n\u00A0 "))))
                .containsEntry(PROBLEM, "Type your answer as a reply in the thread, or type skip.");
    }

    @Test
    void a_text_over_the_parsers_limit_is_refused_with_the_limit() {
        assertThat(IntakeForm.errors(Map.of(SUCCESS_CRITERIA, List.of("x".repeat(5_000)))))
                .containsEntry(SUCCESS_CRITERIA, AnswerParser.TOO_LONG);
    }

    @Test
    void control_characters_and_emoji_are_kept_as_the_parser_keeps_them() {
        String typed = "\u0000Churn\u0007 \uD83D\uDCC9 by hand";
        Map<String, List<String>> values = Map.of(PROBLEM, List.of(typed));

        assertThat(IntakeForm.errors(values)).isEmpty();
        IntakeStep step = IntakeFlow.handle(IntakeFlow.start().state(), new IntakeInput.Form(values));
        assertThat(step.state().answers().get(PROBLEM))
                .contains(((ParsedAnswer.Accepted)
                                AnswerParser.parse(Questionnaire.byKey(PROBLEM).orElseThrow(), typed))
                        .answer());
    }

    @Test
    void unknown_keys_choice_ids_scale_values_and_people_are_refused() {
        Map<String, String> errors = IntakeForm.errors(Map.of(
                "no.such",
                List.of("x"),
                USE_HOW,
                List.of("robots"),
                IMPACT_RATING,
                List.of("6"),
                IMPACT_SIGNALS,
                List.of(SIGNAL_FRICTION, "magic"),
                SUCCESS_STAKEHOLDERS,
                List.of("dana"),
                DATA_STATE,
                List.of(DATA_LABELED, DATA_NONE)));

        assertThat(errors)
                .containsOnlyKeys("no.such", USE_HOW, IMPACT_RATING, IMPACT_SIGNALS, SUCCESS_STAKEHOLDERS, DATA_STATE);
        assertThat(errors.get(USE_HOW)).startsWith("That button isn't one of this question's options");
        assertThat(errors.get(IMPACT_RATING)).startsWith("That button isn't on the scale");
    }

    @Test
    void a_refused_form_changes_nothing() {
        IntakeState asking = IntakeFlow.start().state();
        var values = Map.of(PROBLEM, List.of("A problem"), USE_HOW, List.of("robots"));

        IntakeStep step = IntakeFlow.handle(asking, new IntakeInput.Form(values));

        assertThat(step.state()).isEqualTo(asking);
        assertThat(step.replies()).containsExactly(new IntakeReply.FormRefused(IntakeForm.errors(values)));
    }

    @Test
    void fields_not_given_keep_their_answers_and_the_intake_goes_on_where_it_lacks_one() {
        IntakeState asking = IntakeFlow.handle(IntakeFlow.start().state(), new IntakeInput.Typed("A problem"))
                .state();

        IntakeStep step = IntakeFlow.handle(
                asking, new IntakeInput.Form(Map.of(PROBLEM, List.of(), NEED_ML, List.of(BASELINE_NONE))));

        assertThat(step.state().answers().text(PROBLEM)).contains("A problem");
        assertThat(step.state().answers().picked(NEED_ML)).contains(BASELINE_NONE);
        assertThat(step.state().currentKey()).contains(USE_HOW);
    }

    @Test
    void a_form_on_a_completed_intake_completes_it_again_and_resumes_a_cancelled_one() {
        IntakeState done = QuickIntakeTest.quickCompleted();
        var change = Map.of(DATA_STATE, List.of(DATA_NONE));

        IntakeStep again = IntakeFlow.handle(done, new IntakeInput.Form(change));
        assertThat(again.state().status()).isEqualTo(IntakeStatus.COMPLETED);
        assertThat(again.state().answers().picked(DATA_STATE)).contains(DATA_NONE);
        assertThat(again.replies()).singleElement().isInstanceOf(IntakeReply.Completed.class);

        IntakeState cancelled =
                new IntakeState(IntakeStatus.CANCELLED, IntakeMode.QUICK, Answers.none(), Optional.empty(), Set.of());
        IntakeStep resumed = IntakeFlow.handle(cancelled, new IntakeInput.Form(Map.of(PROBLEM, List.of("P"))));
        assertThat(resumed.state().status()).isEqualTo(IntakeStatus.IN_PROGRESS);
        assertThat(resumed.state().currentKey()).contains(USE_HOW);
    }

    @Test
    void a_field_of_a_question_the_mode_does_not_ask_is_not_taken() {
        IntakeStep step = IntakeFlow.handle(
                IntakeFlow.start().state(), new IntakeInput.Form(Map.of(ARCH_ACTS_ALONE, List.of(YES))));

        assertThat(step.state().answers().has(ARCH_ACTS_ALONE)).isFalse();
    }
}
