package dev.mlidea.conversations.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Quick intakes driven with answers, skips, back, more and forms: no answer is ever lost. */
class QuickIntakeProperties {

    sealed interface Action {
        record Answer(int seed) implements Action {}

        record Word(String word) implements Action {}

        record More() implements Action {}

        /** A form giving a valid value for the questions at these positions of all(), by seed. */
        record Form(List<Integer> questions, int seed) implements Action {}

        record Talk(String text) implements Action {}
    }

    @Property(tries = 300)
    void no_answer_is_lost_by_a_form_more_or_back(@ForAll("actions") List<Action> actions) {
        IntakeStep step = IntakeFlow.start();
        for (Action action : actions) {
            IntakeState before = step.state();
            step = perform(before, action);
            IntakeState after = step.state();

            for (var entry : before.answers().byKey().entrySet()) {
                Optional<Answer> now = after.answers().get(entry.getKey());
                assertThat(now).as("%s after %s", entry.getKey(), action).isPresent();
                if (!(entry.getValue() instanceof Answer.Skipped)) {
                    assertThat(now.get())
                            .as("%s after %s", entry.getKey(), action)
                            .isNotInstanceOf(Answer.Skipped.class);
                }
            }
            if (action instanceof Action.More
                    || (action instanceof Action.Word w && w.word().equals("back"))
                    || (action instanceof Action.Talk && !asksPeople(before))) {
                assertThat(after.answers()).as("after %s", action).isEqualTo(before.answers());
            }
            if (after.mode() == IntakeMode.QUICK) {
                assertThat(IntakeFlow.progress(after).total()).isEqualTo(8);
            }
            if (before.mode() == IntakeMode.FULL) assertThat(after.mode()).isEqualTo(IntakeMode.FULL);
            assertThat(after.status() == IntakeStatus.IN_PROGRESS)
                    .isEqualTo(after.currentKey().isPresent());
            after.currentKey()
                    .ifPresent(key -> assertThat(Questionnaire.applicable(after.mode(), after.answers()))
                            .extracting(Question::key)
                            .contains(key));
        }
    }

    /** On a people question a mention is the answer, not talk. */
    private static boolean asksPeople(IntakeState state) {
        return state.currentKey()
                .flatMap(Questionnaire::byKey)
                .filter(q -> q.kind() == QuestionKind.PEOPLE)
                .isPresent();
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<Integer> seeds = Arbitraries.integers().between(0, 1_000);
        Arbitrary<Action> action = Arbitraries.frequencyOf(
                Tuple.of(30, seeds.map(Action.Answer::new)),
                Tuple.of(
                        10,
                        Arbitraries.of("skip", "back", "cancel", "resume", "help")
                                .map(Action.Word::new)),
                Tuple.of(3, Arbitraries.just(new Action.More())),
                Tuple.of(
                        8,
                        Arbitraries.integers()
                                .between(0, Questionnaire.all().size() - 1)
                                .list()
                                .ofMaxSize(6)
                                .flatMap(qs -> seeds.map(s -> new Action.Form(qs, s)))),
                Tuple.of(
                        5,
                        Arbitraries.of(
                                        "let me check with <@U0DANA>",
                                        "what do you all think?",
                                        "Should we ask <@U0LEE> first?")
                                .map(Action.Talk::new)));
        return action.list().ofMinSize(1).ofMaxSize(60);
    }

    private static IntakeStep perform(IntakeState state, Action action) {
        Optional<Question> open = state.currentKey().flatMap(Questionnaire::byKey);
        if (action instanceof Action.Answer a) {
            String text = open.map(q -> SampleAnswers.typed(q, a.seed())).orElse("resume");
            return IntakeFlow.handle(state, new IntakeInput.Typed(text));
        }
        if (action instanceof Action.Word w) return IntakeFlow.handle(state, new IntakeInput.Typed(w.word()));
        if (action instanceof Action.More) return IntakeFlow.more(state);
        if (action instanceof Action.Talk t) return IntakeFlow.handle(state, new IntakeInput.Typed(t.text()));
        Action.Form f = (Action.Form) action;
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int index : f.questions()) {
            Question q = Questionnaire.all().get(index);
            values.put(q.key(), formValue(q, f.seed() + index));
        }
        IntakeStep step = IntakeFlow.handle(state, new IntakeInput.Form(values));
        assertThat(IntakeForm.errors(values)).isEmpty();
        return step;
    }

    private static List<String> formValue(Question q, int seed) {
        return switch (q.kind()) {
            case TEXT -> List.of("Some text " + seed);
            case CHOICE -> List.of(q.choices().get(seed % q.choices().size()).id());
            case SCALE -> List.of(String.valueOf(1 + seed % 5));
            case MULTI -> List.of(q.choices().get(seed % q.choices().size()).id());
            case PEOPLE -> List.of("U0" + (seed % 7));
        };
    }
}
