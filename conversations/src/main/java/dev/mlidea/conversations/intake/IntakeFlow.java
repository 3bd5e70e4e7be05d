package dev.mlidea.conversations.intake;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The intake conversation as pure functions: a state and an input in, the next state and what to
 * say out. The next question is always the first applicable one without an answer, so
 * {@code need.still_sure} is asked last and a {@code back} followed by a new answer returns to where
 * the owner left off. An accepted answer is never lost: skipping an answered question keeps it.
 */
public final class IntakeFlow {

    static final String SKIP = "skip";
    static final String BACK = "back";
    static final String CANCEL = "cancel";
    static final String HELP = "help";
    static final String RESUME = "resume";

    static final String NOTHING_TO_GO_BACK_TO = "This is the first question; there is nothing to go back to.";

    private IntakeFlow() {}

    /** A new intake, asking the first question. */
    public static IntakeStep start() {
        return moveOn(Answers.none());
    }

    public static IntakeStep handle(IntakeState state, IntakeInput input) {
        Objects.requireNonNull(state);
        Objects.requireNonNull(input);
        if (input instanceof IntakeInput.Typed typed) return typed(state, typed.text());
        if (input instanceof IntakeInput.Clicked clicked) return clicked(state, clicked.questionKey(), clicked.value());
        if (input instanceof IntakeInput.Toggled toggled)
            return toggled(state, toggled.questionKey(), toggled.selected());
        throw new IllegalStateException("unknown intake input " + input.getClass());
    }

    /**
     * Opens an answered question again (to change its answer) and asks it, showing the current
     * answer. Once it is answered or skipped the flow goes on to the first unanswered question, which
     * for a completed intake means it completes again. Works on a completed or in-progress intake; an
     * unknown or non-applicable key, or a cancelled intake, changes nothing and says nothing.
     */
    public static IntakeStep reopen(IntakeState state, String key) {
        Optional<Question> question = Questionnaire.byKey(key).filter(q -> Questionnaire.applies(q, state.answers()));
        boolean stopped = state.status() == IntakeStatus.CANCELLED || state.status() == IntakeStatus.ABANDONED;
        if (question.isEmpty() || stopped) return unchanged(state);
        return askAt(state.answers(), question.get(), Optional.empty());
    }

    /** Answered or skipped questions among those that apply to this project. */
    public static Progress progress(IntakeState state) {
        return progress(state.answers());
    }

    static Progress progress(Answers answers) {
        List<Question> applicable = Questionnaire.applicable(answers);
        int answered =
                (int) applicable.stream().filter(q -> answers.has(q.key())).count();
        return new Progress(answered, applicable.size());
    }

    /**
     * Nobody answered for too long: the intake stops asking, keeps every answer, and can be resumed.
     * Only an intake in progress can be abandoned.
     */
    public static IntakeStep abandon(IntakeState state) {
        if (state.status() != IntakeStatus.IN_PROGRESS) return unchanged(state);
        IntakeState abandoned = new IntakeState(IntakeStatus.ABANDONED, state.answers(), Optional.empty(), Set.of());
        return new IntakeStep(abandoned, List.of());
    }

    /**
     * Whether every applicable question is answered while one is open again: an owner is editing an
     * answer of a finished intake.
     */
    public static boolean isEditing(IntakeState state) {
        Progress p = progress(state);
        return state.status() == IntakeStatus.IN_PROGRESS && p.answered() == p.total();
    }

    /** Closes an open edit without changing anything: the intake is complete again, nothing to re-assess. */
    public static IntakeStep stopEditing(IntakeState state) {
        if (!isEditing(state)) return unchanged(state);
        IntakeState completed = new IntakeState(IntakeStatus.COMPLETED, state.answers(), Optional.empty(), Set.of());
        List<IntakeReply> replies = openQuestion(state)
                .<List<IntakeReply>>map(q -> List.of(new IntakeReply.EditCancelled(q)))
                .orElse(List.of());
        return new IntakeStep(completed, replies);
    }

    private static IntakeStep typed(IntakeState state, String text) {
        // A reply too long to be an answer is no control word either; the parser refuses it unread.
        String word = AnswerParser.isTooLong(text) ? "" : TypedScan.normalise(text);
        boolean stopped = state.status() == IntakeStatus.CANCELLED || state.status() == IntakeStatus.ABANDONED;
        if (stopped && RESUME.equals(word)) return moveOn(state.answers());
        if (state.status() == IntakeStatus.ABANDONED) {
            // The owner came back after the deadline and answered: resume, and take the reply as the answer.
            IntakeStep resumed = moveOn(state.answers());
            if (resumed.state().status() != IntakeStatus.IN_PROGRESS) return resumed;
            return typed(resumed.state(), text);
        }
        if (state.status() != IntakeStatus.IN_PROGRESS) return unchanged(state); // discussion, not an answer
        if (isEditing(state) && CANCEL.equals(word)) return stopEditing(state);
        Optional<Question> open = openQuestion(state);
        if (open.isEmpty()) return moveOn(state.answers()); // a state we did not write: ask where we are
        Question question = open.get();
        Answers answers = state.answers();
        switch (word) {
            case SKIP:
                return moveOn(
                        answers.has(question.key()) ? answers : answers.with(question.key(), new Answer.Skipped()));
            case BACK:
                return previous(question, answers)
                        .map(previous -> askAt(answers, previous, Optional.empty()))
                        .orElseGet(() -> reask(state, question, NOTHING_TO_GO_BACK_TO));
            case CANCEL:
                IntakeState cancelled = new IntakeState(IntakeStatus.CANCELLED, answers, Optional.empty(), Set.of());
                return new IntakeStep(cancelled, List.of(new IntakeReply.Cancelled(progress(answers))));
            case HELP:
                return new IntakeStep(state, List.of(new IntakeReply.Help(question, progress(answers))));
            default:
                return answered(state, question, AnswerParser.parse(question, text));
        }
    }

    private static IntakeStep clicked(IntakeState state, String key, String value) {
        Optional<Question> open = openQuestion(state).filter(q -> q.key().equals(key));
        if (open.isEmpty()) return new IntakeStep(state, List.of(new IntakeReply.StaleClick(key)));
        Question question = open.get();
        if (question.kind() == QuestionKind.MULTI) {
            if (IntakeInput.DONE.equals(value)) {
                return moveOn(state.answers().with(question.key(), new Answer.Picks(state.draft())));
            }
            if (question.choice(value).isPresent()) {
                Set<String> draft = new HashSet<>(state.draft());
                if (!draft.remove(value)) draft.add(value);
                return unchanged(withDraft(state, draft));
            }
        }
        return answered(state, question, AnswerParser.parseClick(question, value));
    }

    private static IntakeStep toggled(IntakeState state, String key, Set<String> selected) {
        Optional<Question> open =
                openQuestion(state).filter(q -> q.key().equals(key)).filter(q -> q.kind() == QuestionKind.MULTI);
        if (open.isEmpty()) return unchanged(state);
        Set<String> draft = selected.stream()
                .filter(id -> open.get().choice(id).isPresent())
                .collect(Collectors.toSet());
        return unchanged(withDraft(state, draft));
    }

    private static IntakeStep answered(IntakeState state, Question question, ParsedAnswer parsed) {
        if (parsed instanceof ParsedAnswer.Accepted accepted) {
            return moveOn(state.answers().with(question.key(), accepted.answer()));
        }
        return reask(state, question, ((ParsedAnswer.Invalid) parsed).reason());
    }

    /** Asks the first applicable question without an answer, or completes the intake. */
    private static IntakeStep moveOn(Answers answers) {
        Optional<Question> next = Questionnaire.applicable(answers).stream()
                .filter(q -> !answers.has(q.key()))
                .findFirst();
        if (next.isPresent()) return askAt(answers, next.get(), Optional.empty());
        IntakeState completed = new IntakeState(IntakeStatus.COMPLETED, answers, Optional.empty(), Set.of());
        return new IntakeStep(completed, List.of(new IntakeReply.Completed(answers)));
    }

    /**
     * Opens {@code question}. A multi-select revisited starts with its current picks ticked, so that
     * Done without touching a box keeps the answer as it was.
     */
    private static IntakeStep askAt(Answers answers, Question question, Optional<String> rejection) {
        Optional<Answer> current = answers.get(question.key());
        Set<String> draft = question.kind() == QuestionKind.MULTI ? answers.picks(question.key()) : Set.of();
        IntakeState state = new IntakeState(IntakeStatus.IN_PROGRESS, answers, Optional.of(question.key()), draft);
        return new IntakeStep(
                state, List.of(new IntakeReply.Ask(question, progress(answers), rejection, current, draft)));
    }

    private static IntakeStep reask(IntakeState state, Question question, String rejection) {
        Answers answers = state.answers();
        IntakeReply ask = new IntakeReply.Ask(
                question, progress(answers), Optional.of(rejection), answers.get(question.key()), state.draft());
        return new IntakeStep(state, List.of(ask));
    }

    /** The open question, if the intake is in progress and its current key is a question that applies. */
    private static Optional<Question> openQuestion(IntakeState state) {
        if (state.status() != IntakeStatus.IN_PROGRESS) return Optional.empty();
        return state.currentKey().flatMap(Questionnaire::byKey).filter(q -> Questionnaire.applies(q, state.answers()));
    }

    /** The applicable question just before {@code question}, in questionnaire order. */
    private static Optional<Question> previous(Question question, Answers answers) {
        List<Question> applicable = Questionnaire.applicable(answers);
        int index = applicable.indexOf(question);
        return index > 0 ? Optional.of(applicable.get(index - 1)) : Optional.empty();
    }

    private static IntakeState withDraft(IntakeState state, Set<String> draft) {
        return new IntakeState(state.status(), state.answers(), state.currentKey(), draft);
    }

    private static IntakeStep unchanged(IntakeState state) {
        return new IntakeStep(state, List.of());
    }
}
