package dev.mlidea.conversations.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Drives the intake with arbitrary owners: valid answers (typed and clicked), nonsense, control
 * words, stale buttons, checkbox toggles and reopened questions, checking after every step that no
 * accepted answer was lost and that the state is one the bot can act on.
 */
class IntakeFlowProperties {

    /** What an owner does. Actions that need the open question are made concrete against the state. */
    sealed interface Action {
        /** A valid typed answer to whatever question is open. */
        record TypeValid(int seed) implements Action {}

        /** A valid button on the open question: a choice, a rating, a box or Done. */
        record ClickValid(int seed) implements Action {}

        record TypeAnything(String text) implements Action {}

        record Control(String word) implements Action {}

        record ClickAny(String key, String value) implements Action {}

        /** Boxes of the open question by position (out-of-range positions are ignored), maybe plus junk. */
        record ToggleOpen(Set<Integer> boxes, boolean withJunk) implements Action {}

        record ToggleAny(String key, Set<String> ids) implements Action {}

        record Reopen(String key) implements Action {}
    }

    private static final List<String> KEYS = Stream.concat(
                    Questionnaire.all().stream().map(Question::key), Stream.of("no.such.key", ""))
            .toList();

    private static final List<String> VALUES = Stream.concat(
                    Questionnaire.all().stream()
                            .flatMap(q -> q.choices().stream())
                            .map(Choice::id)
                            .distinct(),
                    Stream.of("1", "2", "3", "4", "5", "0", "6", IntakeInput.DONE, "", "Yes"))
            .toList();

    @Property
    void an_accepted_answer_is_never_lost_and_the_state_is_never_impossible(@ForAll("owners") List<Action> actions) {
        IntakeStep step = IntakeFlow.start(IntakeMode.FULL);
        assertPossible(step.state());
        boolean everCompleted = false;
        boolean flywheelAsked = false;
        for (Action action : actions) {
            IntakeState before = step.state();
            boolean viaHandle = !(action instanceof Action.Reopen);
            step = perform(before, action); // (c): never throws
            IntakeState after = step.state();

            assertNothingLost(before, after, viaHandle, action);
            assertPossible(after);
            assertRepliesFit(before, step);
            everCompleted |= after.status() == IntakeStatus.COMPLETED;
            flywheelAsked |=
                    after.currentKey().filter(Questionnaire::isFlywheel).isPresent();
        }
        Statistics.label("completed at least once").collect(everCompleted);
        Statistics.label("flywheel asked").collect(flywheelAsked);
        Statistics.label("flywheel asked")
                .coverage(coverage -> coverage.check(true).percentage(p -> p >= 10.0));
        Statistics.label("status at the end").collect(step.state().status());
        Statistics.label("completed at least once")
                .coverage(coverage -> coverage.check(true).percentage(p -> p >= 20.0));
    }

    @Provide
    Arbitrary<List<Action>> owners() {
        Arbitrary<Integer> seeds = Arbitraries.integers().between(0, 1_000);
        Arbitrary<String> keys = Arbitraries.of(KEYS);
        Arbitrary<String> typedAnything = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(25),
                Arbitraries.strings()
                        .withChars("abcdefghijklmnopqrstuvwxyz ,;&/+\n.!?\"'`*_-<>@|UW0123456789")
                        .ofMaxLength(25),
                Arbitraries.of(
                        "",
                        "  ",
                        "none",
                        "n/a",
                        "4/5",
                        "four",
                        "7",
                        "yes",
                        "maybe later",
                        "<@U01AB>",
                        "<@u1>",
                        "1, 2",
                        "1 9",
                        "and",
                        "Skip it",
                        "back please",
                        "friction &amp; industry",
                        "?"));
        Arbitrary<String> controls = Arbitraries.frequency(
                Tuple.of(10, "skip"),
                Tuple.of(10, "back"),
                Tuple.of(5, "help"),
                Tuple.of(5, " Help! "),
                Tuple.of(1, "cancel"));
        Arbitrary<Action> action = Arbitraries.frequencyOf(
                Tuple.of(40, seeds.map(Action.TypeValid::new)),
                Tuple.of(15, seeds.map(Action.ClickValid::new)),
                Tuple.of(8, typedAnything.map(Action.TypeAnything::new)),
                Tuple.of(6, controls.map(Action.Control::new)),
                Tuple.of(5, keys.flatMap(k -> Arbitraries.of(VALUES).map(v -> new Action.ClickAny(k, v)))),
                Tuple.of(
                        5,
                        Arbitraries.integers()
                                .between(0, 4)
                                .set()
                                .ofMaxSize(4)
                                .flatMap(boxes ->
                                        Arbitraries.of(true, false).map(junk -> new Action.ToggleOpen(boxes, junk)))),
                Tuple.of(
                        3,
                        keys.flatMap(k ->
                                Arbitraries.subsetOf(VALUES).ofMaxSize(4).map(ids -> new Action.ToggleAny(k, ids)))),
                Tuple.of(3, keys.map(Action.Reopen::new)));
        // Long enough, often enough, for an intake to reach its end: about 25 answers are needed.
        return action.list().ofMinSize(1).ofMaxSize(160).withSizeDistribution(RandomDistribution.uniform());
    }

    private static IntakeStep perform(IntakeState state, Action action) {
        Optional<Question> open = state.currentKey().flatMap(Questionnaire::byKey);
        if (action instanceof Action.TypeValid a) {
            String text = open.map(q -> SampleAnswers.typed(q, a.seed())).orElse("yes");
            return IntakeFlow.handle(state, new IntakeInput.Typed(text));
        }
        if (action instanceof Action.ClickValid a) {
            if (open.isEmpty())
                return IntakeFlow.handle(state, new IntakeInput.Clicked(Questionnaire.NEED_STILL_SURE, "yes"));
            Question q = open.get();
            String value = q.kind() == QuestionKind.MULTI && a.seed() % 3 != 0
                    ? q.choices().get(a.seed() % q.choices().size()).id()
                    : SampleAnswers.clicked(q, a.seed());
            return IntakeFlow.handle(state, new IntakeInput.Clicked(q.key(), value));
        }
        if (action instanceof Action.TypeAnything a) return IntakeFlow.handle(state, new IntakeInput.Typed(a.text()));
        if (action instanceof Action.Control a) return IntakeFlow.handle(state, new IntakeInput.Typed(a.word()));
        if (action instanceof Action.ClickAny a)
            return IntakeFlow.handle(state, new IntakeInput.Clicked(a.key(), a.value()));
        if (action instanceof Action.ToggleOpen a) {
            String key = open.map(Question::key).orElse(Questionnaire.IMPACT_SIGNALS);
            List<Choice> choices = open.map(Question::choices).orElse(List.of());
            Set<String> ids = a.boxes().stream()
                    .filter(i -> i < choices.size())
                    .map(i -> choices.get(i).id())
                    .collect(Collectors.toSet());
            if (a.withJunk()) ids.add("junk");
            return IntakeFlow.handle(state, new IntakeInput.Toggled(key, ids));
        }
        if (action instanceof Action.ToggleAny a)
            return IntakeFlow.handle(state, new IntakeInput.Toggled(a.key(), a.ids()));
        return IntakeFlow.reopen(state, ((Action.Reopen) action).key());
    }

    /** (a) A key with a real answer keeps one; only the open question's answer can change, and only by handling an input. */
    private static void assertNothingLost(IntakeState before, IntakeState after, boolean viaHandle, Action action) {
        Optional<String> open = before.status() == IntakeStatus.IN_PROGRESS ? before.currentKey() : Optional.empty();
        for (var entry : before.answers().byKey().entrySet()) {
            String key = entry.getKey();
            Answer was = entry.getValue();
            Optional<Answer> now = after.answers().get(key);
            assertThat(now).as("answer to %s after %s", key, action).isPresent();
            if (!(was instanceof Answer.Skipped)) {
                assertThat(now.get()).as("answer to %s after %s", key, action).isNotInstanceOf(Answer.Skipped.class);
            }
            if (!Objects.equals(was, now.get())) {
                assertThat(viaHandle && open.equals(Optional.of(key)))
                        .as(
                                "%s changed from %s to %s after %s, but it was not the open question",
                                key, was, now.get(), action)
                        .isTrue();
            }
        }
        for (String key : after.answers().byKey().keySet()) {
            if (!before.answers().has(key)) {
                assertThat(open).as("new answer to %s after %s", key, action).contains(key);
            }
        }
    }

    /** (b) The state is one the bot can act on. */
    private static void assertPossible(IntakeState state) {
        Answers answers = state.answers();
        List<Question> applicable = Questionnaire.applicable(IntakeMode.FULL, answers);
        assertThat(state.status() == IntakeStatus.IN_PROGRESS)
                .isEqualTo(state.currentKey().isPresent());
        state.currentKey()
                .ifPresent(
                        key -> assertThat(applicable).extracting(Question::key).contains(key));
        if (state.status() == IntakeStatus.COMPLETED) {
            assertThat(applicable)
                    .allSatisfy(
                            q -> assertThat(answers.has(q.key())).as(q.key()).isTrue());
        }
        Progress progress = IntakeFlow.progress(state);
        assertThat(progress.answered()).isBetween(0, progress.total());
        assertThat(progress.total()).isIn(24, 27);
        Set<String> allowed = state.currentKey()
                .flatMap(Questionnaire::byKey)
                .filter(q -> q.kind() == QuestionKind.MULTI)
                .map(q -> q.choices().stream().map(Choice::id).collect(Collectors.toSet()))
                .orElse(Set.of());
        assertThat(allowed).containsAll(state.draft());
    }

    /** Whatever is said matches the state it leaves behind. */
    private static void assertRepliesFit(IntakeState before, IntakeStep step) {
        IntakeState after = step.state();
        assertThat(step.replies()).hasSizeLessThanOrEqualTo(1);
        List<IntakeReply> replies = new ArrayList<>(step.replies());
        for (IntakeReply reply : replies) {
            if (reply instanceof IntakeReply.Ask ask) {
                assertThat(after.currentKey()).contains(ask.question().key());
                assertThat(ask.draft()).isEqualTo(after.draft());
                assertThat(ask.progress()).isEqualTo(IntakeFlow.progress(after));
                assertThat(ask.current())
                        .isEqualTo(after.answers().get(ask.question().key()));
            }
            if (reply instanceof IntakeReply.Help help) {
                assertThat(after).isEqualTo(before);
                assertThat(after.currentKey()).contains(help.question().key());
            }
            if (reply instanceof IntakeReply.StaleClick) assertThat(after).isEqualTo(before);
            if (reply instanceof IntakeReply.Cancelled)
                assertThat(after.status()).isEqualTo(IntakeStatus.CANCELLED);
        }
        boolean justCompleted = before.status() != IntakeStatus.COMPLETED && after.status() == IntakeStatus.COMPLETED;
        assertThat(replies.stream()
                        .anyMatch(r -> r instanceof IntakeReply.Completed || r instanceof IntakeReply.EditCancelled))
                .isEqualTo(justCompleted);
    }
}
