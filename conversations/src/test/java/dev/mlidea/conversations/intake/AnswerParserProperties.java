package dev.mlidea.conversations.intake;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AnswerParserProperties {

    @Property
    void any_text_is_read_as_an_answer_or_a_reason_never_a_crash(
            @ForAll("questions") Question question, @ForAll String typed) {
        ParsedAnswer parsed = AnswerParser.parse(question, typed);
        if (parsed instanceof ParsedAnswer.Invalid invalid) {
            assertThat(invalid.reason()).isNotBlank().doesNotContain("\n");
        } else {
            Answer answer = ((ParsedAnswer.Accepted) parsed).answer();
            assertThat(AnswerText.describe(question, answer)).isNotBlank();
        }
    }

    @Property
    void any_button_value_is_read_as_an_answer_or_a_reason_never_a_crash(
            @ForAll("questions") Question question, @ForAll String value) {
        ParsedAnswer parsed = AnswerParser.parseClick(question, value);
        if (parsed instanceof ParsedAnswer.Accepted accepted && accepted.answer() instanceof Answer.Picked picked) {
            assertThat(question.choice(picked.choiceId())).isPresent();
        }
    }

    @Property
    void a_choice_is_picked_by_its_id_label_number_or_first_alias_however_it_is_dressed(
            @ForAll("choiceQuestions") Question question, @ForAll("dressings") String dressing) {
        for (int i = 0; i < question.choices().size(); i++) {
            Choice choice = question.choices().get(i);
            for (String typed : java.util.List.of(choice.id(), choice.label())) {
                assertThat(AnswerParser.parse(question, dressing.replace("X", typed)))
                        .as("%s: %s", question.key(), dressing.replace("X", typed))
                        .isEqualTo(new ParsedAnswer.Accepted(new Answer.Picked(choice.id())));
            }
        }
    }

    @Property
    void normalising_twice_changes_nothing(@ForAll String typed) {
        String once = TypedScan.normalise(typed);
        assertThat(TypedScan.normalise(once)).isEqualTo(once);
    }

    @Provide
    Arbitrary<Question> questions() {
        return Arbitraries.of(Questionnaire.all());
    }

    @Provide
    Arbitrary<Question> choiceQuestions() {
        return Arbitraries.of(Questionnaire.all().stream()
                .filter(q -> q.kind() == QuestionKind.CHOICE)
                .toList());
    }

    @Provide
    Arbitrary<String> dressings() {
        return Arbitraries.of("X", " X ", "X.", "X!", "\"X\"", "`X`", "*X*", "  X!!  ", "\u201CX\u201D", "_X_.");
    }
}
