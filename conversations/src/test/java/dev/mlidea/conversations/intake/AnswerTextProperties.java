package dev.mlidea.conversations.intake;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any stored answer, however long or odd its text and ids, is described without a crash. */
class AnswerTextProperties {

    @Property(tries = 200)
    void any_answer_to_any_question_is_described_never_a_crash(
            @ForAll("questions") Question question, @ForAll("answers") Answer answer) {
        String described = AnswerText.describe(question, answer);

        assertThat(described).isNotBlank();
        if (answer instanceof Answer.Text text) assertThat(described).isEqualTo(text.text());
    }

    @Property(tries = 200)
    void an_answer_read_from_a_reply_is_described_as_typed_or_by_its_labels(
            @ForAll("questions") Question question, @ForAll("replies") String typed) {
        if (AnswerParser.parse(question, typed) instanceof ParsedAnswer.Accepted accepted) {
            String described = AnswerText.describe(question, accepted.answer());
            assertThat(described).isNotBlank();
            if (question.kind() == QuestionKind.TEXT) assertThat(described).isEqualTo(typed.strip());
        }
    }

    @Provide
    Arbitrary<Question> questions() {
        return Arbitraries.of(Questionnaire.all());
    }

    @Provide
    Arbitrary<String> replies() {
        return HostileTexts.replies();
    }

    @Provide
    Arbitrary<Answer> answers() {
        Arbitrary<String> ids = Arbitraries.oneOf(
                Arbitraries.of(Questionnaire.all().stream()
                        .flatMap(q -> q.choices().stream())
                        .map(Choice::id)
                        .toList()),
                // Ids the questionnaire dropped since, never blank: stored ids were choice ids once.
                Arbitraries.strings().all().ofMaxLength(HostileTexts.SLACK_MAX).filter(id -> !id.isBlank()));
        return Arbitraries.oneOf(
                HostileTexts.replies().filter(s -> !s.isBlank()).map(Answer.Text::new),
                ids.map(Answer.Picked::new),
                Arbitraries.integers()
                        .between(Question.SCALE_MIN, Question.SCALE_MAX)
                        .map(Answer.Scale::new),
                ids.set().ofMaxSize(10).map(Answer.Picks::new),
                ids.list().ofMinSize(1).ofMaxSize(10).map(Answer.People::new),
                Arbitraries.just(new Answer.Skipped()));
    }
}
