package dev.mlidea.conversations.intake;

import static dev.mlidea.conversations.intake.Questionnaire.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswerTextTest {

    private static String describe(String key, Answer answer) {
        return AnswerText.describe(Questionnaire.byKey(key).orElseThrow(), answer);
    }

    @Test
    void text_is_shown_as_typed() {
        assertThat(describe(PROBLEM, new Answer.Text("Tickets <pile> up & up"))).isEqualTo("Tickets <pile> up & up");
    }

    @Test
    void a_picked_choice_is_shown_by_its_label() {
        assertThat(describe(READY_DATA, new Answer.Picked(PARTLY))).isEqualTo("Partly");
        assertThat(describe(ETHICS, new Answer.Picked(ETHICS_CONCERN))).isEqualTo("Real concern");
    }

    @Test
    void a_choice_the_question_no_longer_has_is_shown_by_its_id() {
        assertThat(describe(READY_DATA, new Answer.Picked("retired"))).isEqualTo("retired");
    }

    @Test
    void a_rating_is_shown_out_of_five() {
        assertThat(describe(IMPACT_RATING, new Answer.Scale(4))).isEqualTo("4/5");
    }

    @Test
    void picks_are_shown_by_label_in_the_questions_order() {
        assertThat(describe(HARD_TRAITS, new Answer.Picks(Set.of(TRAIT_GENERALIZATION, TRAIT_COMPLEX_OUTPUT))))
                .isEqualTo("Complex or ambiguous output, Generalization required (new situations)");
    }

    @Test
    void no_picks_reads_none_of_these() {
        assertThat(describe(IMPACT_SIGNALS, new Answer.Picks(Set.of()))).isEqualTo("none of these");
    }

    @Test
    void people_are_shown_as_mentions_in_order() {
        assertThat(describe(SUCCESS_STAKEHOLDERS, new Answer.People(List.of("U2", "U1"))))
                .isEqualTo("<@U2>, <@U1>");
    }

    @Test
    void a_skipped_question_reads_skipped() {
        assertThat(describe(COST_DATA, new Answer.Skipped())).isEqualTo("skipped");
    }
}
