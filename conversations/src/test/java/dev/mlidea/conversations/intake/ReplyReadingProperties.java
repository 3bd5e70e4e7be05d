package dev.mlidea.conversations.intake;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReplyReadingProperties {

    @Property(tries = 300)
    void a_reply_read_as_an_answer_is_one_the_parser_accepts(
            @ForAll("questions") Question question, @ForAll("replies") String typed) {
        if (ReplyReading.read(question, typed) == ReplyReading.Reading.ANSWER) {
            assertThat(AnswerParser.parse(question, typed)).isInstanceOf(ParsedAnswer.Accepted.class);
        }
    }

    @Property(tries = 300)
    void an_accepted_answer_is_never_discussion_unless_it_talks_to_someone_on_a_text_question(
            @ForAll("questions") Question question, @ForAll("replies") String typed) {
        boolean accepted = AnswerParser.parse(question, typed) instanceof ParsedAnswer.Accepted;
        boolean talk = question.kind() == QuestionKind.TEXT
                && (!TypedScan.mentions(typed).isEmpty() || typed.strip().endsWith("?"));
        if (accepted && !talk) {
            assertThat(ReplyReading.read(question, typed)).isNotEqualTo(ReplyReading.Reading.DISCUSSION);
        }
    }

    @Property(tries = 300)
    void a_valid_sample_answer_is_never_discussion(@ForAll("questions") Question question, @ForAll int seed) {
        String typed = SampleAnswers.typed(question, seed);
        assertThat(ReplyReading.read(question, typed)).isIn(ReplyReading.Reading.ANSWER, ReplyReading.Reading.CONTROL);
    }

    @Property(tries = 200)
    void control_words_are_never_discussion(@ForAll("questions") Question question, @ForAll("controls") String word) {
        assertThat(ReplyReading.read(question, word)).isEqualTo(ReplyReading.Reading.CONTROL);
    }

    @Provide
    Arbitrary<Question> questions() {
        return Arbitraries.of(Questionnaire.all());
    }

    @Provide
    Arbitrary<String> controls() {
        return Arbitraries.of("skip", "back", "cancel", "help", "resume")
                .flatMap(w -> Arbitraries.of(w, w.toUpperCase(java.util.Locale.ROOT), " " + w + "! ", "*" + w + "*"));
    }

    @Provide
    Arbitrary<String> replies() {
        return Arbitraries.oneOf(
                HostileTexts.replies(),
                Arbitraries.strings()
                        .withChars("abcdefghijklmnopqrstuvwxyz ,;&/+\n.!?\"'`*_-<>@|UW0123456789")
                        .ofMaxLength(40),
                Arbitraries.of(Questionnaire.all())
                        .flatMap(q -> Arbitraries.integers().map(seed -> SampleAnswers.typed(q, seed))));
    }
}
