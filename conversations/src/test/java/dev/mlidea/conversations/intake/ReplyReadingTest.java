package dev.mlidea.conversations.intake;

import static dev.mlidea.conversations.intake.ReplyReading.Reading.ANSWER;
import static dev.mlidea.conversations.intake.ReplyReading.Reading.CLOSE_TO_AN_ANSWER;
import static dev.mlidea.conversations.intake.ReplyReading.Reading.CONTROL;
import static dev.mlidea.conversations.intake.ReplyReading.Reading.DISCUSSION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReplyReadingTest {

    private static Question q(String key) {
        return Questionnaire.byKey(key).orElseThrow();
    }

    private static final Question TEXT = q(Questionnaire.PROBLEM);
    private static final Question CHOICE = q(Questionnaire.USE_HOW);
    private static final Question SCALE = q(Questionnaire.IMPACT_RATING);
    private static final Question MULTI = q(Questionnaire.IMPACT_SIGNALS);
    private static final Question PEOPLE = q(Questionnaire.SUCCESS_STAKEHOLDERS);

    @Test
    void checking_with_a_colleague_is_discussion_on_every_kind_of_question_but_people() {
        String typed = "let me check with <@U0DANA>";
        for (Question question : new Question[] {TEXT, CHOICE, SCALE, MULTI}) {
            assertThat(ReplyReading.read(question, typed)).as(question.key()).isEqualTo(DISCUSSION);
        }
        assertThat(ReplyReading.read(PEOPLE, typed)).isEqualTo(ANSWER);
    }

    @Test
    void a_question_back_to_the_thread_is_discussion_on_a_text_question() {
        assertThat(ReplyReading.read(TEXT, "Do we count the support inbox too?"))
                .isEqualTo(DISCUSSION);
        assertThat(ReplyReading.read(TEXT, "Agents triage tickets by hand")).isEqualTo(ANSWER);
    }

    @Test
    void a_long_sentence_about_something_else_is_discussion_on_a_choice_scale_or_list() {
        String typed = "I think we should wait for the data team before deciding this";
        assertThat(ReplyReading.read(CHOICE, typed)).isEqualTo(DISCUSSION);
        assertThat(ReplyReading.read(SCALE, typed)).isEqualTo(DISCUSSION);
        assertThat(ReplyReading.read(MULTI, typed)).isEqualTo(DISCUSSION);
        assertThat(ReplyReading.read(PEOPLE, typed)).isEqualTo(DISCUSSION);
    }

    @Test
    void a_short_reply_a_number_or_a_choices_first_words_is_close_to_an_answer() {
        assertThat(ReplyReading.read(CHOICE, "maybe later")).isEqualTo(CLOSE_TO_AN_ANSWER);
        assertThat(ReplyReading.read(CHOICE, "hmm, tough one")).isEqualTo(CLOSE_TO_AN_ANSWER);
        assertThat(ReplyReading.read(SCALE, "7")).isEqualTo(CLOSE_TO_AN_ANSWER);
        assertThat(ReplyReading.read(SCALE, "I'd say it is about 4 or so really"))
                .isEqualTo(CLOSE_TO_AN_ANSWER);
        assertThat(ReplyReading.read(SCALE, "four-ish, if the pilot goes well today"))
                .isEqualTo(CLOSE_TO_AN_ANSWER);
        assertThat(ReplyReading.read(CHOICE, "a person decides, mostly, but sometimes nobody does"))
                .isEqualTo(CLOSE_TO_AN_ANSWER);
        assertThat(ReplyReading.read(MULTI, "friction and also the thing we discussed"))
                .isEqualTo(CLOSE_TO_AN_ANSWER);
        assertThat(ReplyReading.read(PEOPLE, "none")).isEqualTo(CLOSE_TO_AN_ANSWER);
    }

    @Test
    void control_words_are_control_words_on_every_question() {
        for (Question question : Questionnaire.all()) {
            for (String word : Arrays.asList("skip", "Back", " help! ", "cancel", "resume")) {
                assertThat(ReplyReading.read(question, word)).as(question.key()).isEqualTo(CONTROL);
            }
        }
    }

    @Test
    void a_blank_or_too_long_reply_is_close_to_an_answer() {
        assertThat(ReplyReading.read(TEXT, "   ")).isEqualTo(CLOSE_TO_AN_ANSWER);
        assertThat(ReplyReading.read(CHOICE, "x".repeat(5_000))).isEqualTo(CLOSE_TO_AN_ANSWER);
    }

    @Test
    void discussion_leaves_the_intake_as_it_was_and_says_nothing() {
        IntakeState asking = IntakeFlow.handle(IntakeFlow.start().state(), new IntakeInput.Typed("A problem"))
                .state();

        IntakeStep step = IntakeFlow.handle(asking, new IntakeInput.Typed("let me check with <@U0DANA>"));

        assertThat(step.state()).isEqualTo(asking);
        assertThat(step.replies()).isEmpty();
    }

    @Test
    void a_reply_close_to_an_answer_is_asked_about_with_the_parsers_reason() {
        IntakeState asking = IntakeFlow.handle(IntakeFlow.start().state(), new IntakeInput.Typed("A problem"))
                .state();

        IntakeStep step = IntakeFlow.handle(asking, new IntakeInput.Typed("hmm, tough one"));

        assertThat(step.state()).isEqualTo(asking);
        assertThat(step.replies())
                .singleElement()
                .isInstanceOfSatisfying(
                        IntakeReply.Ask.class,
                        ask -> assertThat(ask.rejection()).isPresent());
    }

    @Test
    void discussion_in_the_thread_of_an_abandoned_intake_does_not_wake_it() {
        IntakeState asking = IntakeFlow.handle(IntakeFlow.start().state(), new IntakeInput.Typed("A problem"))
                .state();
        IntakeState abandoned = IntakeFlow.abandon(asking).state();

        IntakeStep step = IntakeFlow.handle(abandoned, new IntakeInput.Typed("let me check with <@U0DANA>"));

        assertThat(step.state()).isEqualTo(abandoned);
        assertThat(step.replies()).isEmpty();
    }
}
