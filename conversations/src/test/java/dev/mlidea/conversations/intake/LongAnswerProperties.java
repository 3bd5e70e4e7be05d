package dev.mlidea.conversations.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every question read against replies as long and as hostile as Slack lets through, on the test
 * JVM's default stack: a parser that recurses per character fails here, not in production.
 */
class LongAnswerProperties {

    @Property(tries = 200)
    void every_question_reads_any_reply_as_an_answer_or_a_reason_never_a_crash(@ForAll("replies") String typed) {
        for (Question question : Questionnaire.all()) {
            ParsedAnswer parsed = AnswerParser.parse(question, typed);
            if (AnswerParser.isTooLong(typed)) {
                assertThat(parsed).isEqualTo(new ParsedAnswer.Invalid(AnswerParser.TOO_LONG));
            } else if (parsed instanceof ParsedAnswer.Accepted accepted) {
                assertAllowed(question, typed, accepted.answer());
            } else {
                assertThat(((ParsedAnswer.Invalid) parsed).reason())
                        .isNotBlank()
                        .doesNotContain("\n")
                        .hasSizeLessThan(1000);
            }
        }
    }

    @Property(tries = 100)
    void a_reply_over_the_limit_is_refused_with_a_message_naming_the_limit(@ForAll("tooLong") String typed) {
        for (Question question : Questionnaire.all()) {
            assertThat(AnswerParser.parse(question, typed))
                    .isEqualTo(new ParsedAnswer.Invalid(
                            "Answers are limited to 3,000 characters \u2014 please shorten it and send again."));
        }
    }

    @Property(tries = 100)
    void a_reply_over_the_limit_leaves_the_intake_as_it_was(
            @ForAll("tooLong") String typed, @ForAll("questionKeys") String key) {
        IntakeState before = IntakeFlow.reopen(answeredUpTo(key), key).state();

        IntakeStep step = IntakeFlow.handle(before, new IntakeInput.Typed(typed));

        assertThat(step.state()).isEqualTo(before);
        assertThat(step.replies()).singleElement().isInstanceOfSatisfying(IntakeReply.Ask.class, ask -> {
            assertThat(ask.question().key()).isEqualTo(key);
            assertThat(ask.rejection()).contains(AnswerParser.TOO_LONG);
        });
    }

    @Property(tries = 200)
    void a_typed_list_of_numbers_up_to_the_limit_picks_exactly_those_choices(
            @ForAll("multiQuestions") Question question, @ForAll("numberLists") List<Integer> numbers) {
        List<String> separators = List.of(", ", ";", " & ", "/", "+", " and ", "\n", " &amp; ");
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < numbers.size(); i++) {
            if (i > 0) typed.append(i % 2 == 0 ? " " : separators.get(i % separators.size()));
            typed.append(1 + numbers.get(i) % question.choices().size());
        }
        if (typed.length() > AnswerParser.MAX_ANSWER_LENGTH) return;
        Set<String> expected = numbers.stream()
                .map(n -> question.choices().get(n % question.choices().size()).id())
                .collect(Collectors.toSet());

        ParsedAnswer parsed = AnswerParser.parse(question, typed.toString());

        assertThat(parsed).isEqualTo(new ParsedAnswer.Accepted(new Answer.Picks(expected)));
    }

    @Property(tries = 200)
    void normalising_any_reply_twice_changes_nothing(@ForAll("replies") String typed) {
        String once = TypedScan.normalise(typed);
        if (!once.contains("&amp;") && !once.contains("&lt;") && !once.contains("&gt;")) {
            assertThat(TypedScan.normalise(once)).isEqualTo(once);
        }
    }

    /** What each kind of question may accept: only its own choices, a 1–5, mentions it was given. */
    private static void assertAllowed(Question question, String typed, Answer answer) {
        switch (question.kind()) {
            case TEXT -> assertThat(answer).isEqualTo(new Answer.Text(typed.strip()));
            case CHOICE ->
                assertThat(answer)
                        .isInstanceOfSatisfying(
                                Answer.Picked.class,
                                picked -> assertThat(question.choice(picked.choiceId()))
                                        .isPresent());
            case SCALE -> assertThat(answer).isInstanceOf(Answer.Scale.class);
            case MULTI ->
                assertThat(answer)
                        .isInstanceOfSatisfying(
                                Answer.Picks.class,
                                picks -> assertThat(picks.choiceIds())
                                        .allSatisfy(id ->
                                                assertThat(question.choice(id)).isPresent()));
            case PEOPLE ->
                assertThat(answer)
                        .isInstanceOfSatisfying(
                                Answer.People.class,
                                people -> assertThat(people.userIds())
                                        .allSatisfy(id -> assertThat(typed).contains("<@" + id)));
        }
        assertThat(AnswerText.describe(question, answer)).isNotBlank();
    }

    /** An intake with every question before {@code key} answered plainly, and {@code key} open. */
    private static IntakeState answeredUpTo(String key) {
        IntakeStep step = IntakeFlow.start(IntakeMode.FULL);
        for (int i = 0; i < 40 && !step.state().currentKey().orElseThrow().equals(key); i++) {
            Question open =
                    Questionnaire.byKey(step.state().currentKey().orElseThrow()).orElseThrow();
            step = IntakeFlow.handle(step.state(), new IntakeInput.Typed(SampleAnswers.typed(open)));
        }
        return step.state();
    }

    @Provide
    Arbitrary<String> replies() {
        return HostileTexts.replies();
    }

    @Provide
    Arbitrary<String> tooLong() {
        return Arbitraries.oneOf(
                HostileTexts.repeated().filter(AnswerParser::isTooLong),
                Arbitraries.strings()
                        .all()
                        .ofMinLength(2 * AnswerParser.MAX_ANSWER_LENGTH + 1)
                        .ofMaxLength(HostileTexts.SLACK_MAX),
                Arbitraries.strings()
                        .withChars("1 2,")
                        .ofMinLength(AnswerParser.MAX_ANSWER_LENGTH + 1)
                        .ofMaxLength(HostileTexts.SLACK_MAX));
    }

    @Provide
    Arbitrary<String> questionKeys() {
        // Questions every plain intake reaches (the flywheel ones apply only to some projects).
        return Arbitraries.of(Questionnaire.applicable(IntakeMode.FULL, Answers.none()).stream()
                .map(Question::key)
                .filter(key -> answeredUpTo(key).currentKey().orElseThrow().equals(key))
                .toList());
    }

    @Provide
    Arbitrary<Question> multiQuestions() {
        return Arbitraries.of(Questionnaire.all().stream()
                .filter(q -> q.kind() == QuestionKind.MULTI)
                .toList());
    }

    @Provide
    Arbitrary<List<Integer>> numberLists() {
        return Arbitraries.integers().between(0, 99).list().ofMinSize(1).ofMaxSize(1500);
    }
}
