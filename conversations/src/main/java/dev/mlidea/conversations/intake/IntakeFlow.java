package dev.mlidea.conversations.intake;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The intake conversation as pure functions: a state and an input in, the next state and what to
 * say out. The next question is always the first applicable one without an answer in the intake's
 * mode, so {@code need.still_sure} is asked last and a {@code back} followed by a new answer returns
 * to where the owner left off. An accepted answer is never lost: skipping an answered question keeps
 * it, and switching to the full questionnaire keeps every quick answer.
 */
public final class IntakeFlow {

    static final String SKIP = "skip";
    static final String BACK = "back";
    static final String CANCEL = "cancel";
    static final String HELP = "help";
    static final String RESUME = "resume";

    static final String NOTHING_TO_GO_BACK_TO = "This is the first question; there is nothing to go back to.";

    private IntakeFlow() {}

    /** A new quick intake, asking the first question. */
    public static IntakeStep start() {
        return start(IntakeMode.QUICK);
    }

    /** A new intake in this mode, asking the first question. */
    public static IntakeStep start(IntakeMode mode) {
        Objects.requireNonNull(mode);
        return moveOn(mode, Answers.none());
    }

    public static IntakeStep handle(IntakeState state, IntakeInput input) {
        Objects.requireNonNull(state);
        Objects.requireNonNull(input);
        if (input instanceof IntakeInput.Typed typed) return typed(state, typed.text());
        if (input instanceof IntakeInput.Clicked clicked) return clicked(state, clicked.questionKey(), clicked.value());
        if (input instanceof IntakeInput.Toggled toggled)
            return toggled(state, toggled.questionKey(), toggled.selected());
        if (input instanceof IntakeInput.Form form) return form(state, form.values());
        throw new IllegalStateException("unknown intake input " + input.getClass());
    }

    /**
     * The owner asked for more questions: the intake switches to the full questionnaire, keeps every
     * answer, and asks the first applicable question without one (whatever its status: a completed,
     * cancelled or abandoned intake goes on). A full intake with nothing left to ask stays as it is and
     * says {@link IntakeReply.NothingMore}; answering the last full question completes it again.
     */
    public static IntakeStep more(IntakeState state) {
        Objects.requireNonNull(state);
        Answers answers = state.answers();
        Optional<Question> next = firstUnanswered(IntakeMode.FULL, answers);
        if (next.isPresent()) return askAt(IntakeMode.FULL, answers, next.get(), Optional.empty());
        if (state.mode() == IntakeMode.FULL) return new IntakeStep(state, List.of(new IntakeReply.NothingMore()));
        if (state.status() == IntakeStatus.COMPLETED) {
            IntakeState full =
                    new IntakeState(IntakeStatus.COMPLETED, IntakeMode.FULL, answers, Optional.empty(), Set.of());
            return new IntakeStep(full, List.of(new IntakeReply.NothingMore()));
        }
        return moveOn(IntakeMode.FULL, answers);
    }

    /**
     * Opens an answered question again (to change its answer) and asks it, showing the current
     * answer. Once it is answered or skipped the flow goes on to the first unanswered question, which
     * for a completed intake means it completes again. Works on a completed or in-progress intake; an
     * unknown or non-applicable key, or a cancelled intake, changes nothing and says nothing.
     */
    public static IntakeStep reopen(IntakeState state, String key) {
        Optional<Question> question =
                Questionnaire.byKey(key).filter(q -> Questionnaire.applies(state.mode(), q, state.answers()));
        boolean stopped = state.status() == IntakeStatus.CANCELLED || state.status() == IntakeStatus.ABANDONED;
        if (question.isEmpty() || stopped) return unchanged(state);
        return askAt(state.mode(), state.answers(), question.get(), Optional.empty());
    }

    /**
     * Answered or skipped questions among those that apply to this project in the intake's mode. A
     * quick intake's total is always the number of quick questions.
     */
    public static Progress progress(IntakeState state) {
        return progress(state.mode(), state.answers());
    }

    static Progress progress(IntakeMode mode, Answers answers) {
        List<Question> applicable = Questionnaire.applicable(mode, answers);
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
        IntakeState abandoned =
                new IntakeState(IntakeStatus.ABANDONED, state.mode(), state.answers(), Optional.empty(), Set.of());
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
        IntakeState completed =
                new IntakeState(IntakeStatus.COMPLETED, state.mode(), state.answers(), Optional.empty(), Set.of());
        List<IntakeReply> replies = openQuestion(state)
                .<List<IntakeReply>>map(q -> List.of(new IntakeReply.EditCancelled(q)))
                .orElse(List.of());
        return new IntakeStep(completed, replies);
    }

    private static IntakeStep typed(IntakeState state, String text) {
        // A reply too long to be an answer is no control word either; the parser refuses it unread.
        String word = AnswerParser.isTooLong(text) ? "" : TypedScan.normalise(text);
        IntakeMode mode = state.mode();
        boolean stopped = state.status() == IntakeStatus.CANCELLED || state.status() == IntakeStatus.ABANDONED;
        if (stopped && RESUME.equals(word)) return moveOn(mode, state.answers());
        if (state.status() == IntakeStatus.ABANDONED) {
            // The owner came back after the deadline and answered: resume, and take the reply as the answer.
            IntakeStep resumed = moveOn(mode, state.answers());
            if (resumed.state().status() != IntakeStatus.IN_PROGRESS) return resumed;
            IntakeStep answered = typed(resumed.state(), text);
            // Talk in the thread of an abandoned intake does not wake it.
            return answered.state().equals(resumed.state())
                            && answered.replies().isEmpty()
                    ? unchanged(state)
                    : answered;
        }
        if (state.status() != IntakeStatus.IN_PROGRESS) return unchanged(state); // discussion, not an answer
        // "resume" while the intake runs (a co-owner, or a form resumed it first) is not an answer either.
        if (RESUME.equals(word)) return unchanged(state);
        if (isEditing(state) && CANCEL.equals(word)) return stopEditing(state);
        Optional<Question> open = openQuestion(state);
        if (open.isEmpty()) return moveOn(mode, state.answers()); // a state we did not write: ask where we are
        Question question = open.get();
        Answers answers = state.answers();
        switch (word) {
            case SKIP:
                return moveOn(
                        mode,
                        answers.has(question.key()) ? answers : answers.with(question.key(), new Answer.Skipped()));
            case BACK:
                return previous(mode, question, answers)
                        .map(previous -> askAt(mode, answers, previous, Optional.empty()))
                        .orElseGet(() -> reask(state, question, NOTHING_TO_GO_BACK_TO));
            case CANCEL:
                IntakeState cancelled =
                        new IntakeState(IntakeStatus.CANCELLED, mode, answers, Optional.empty(), Set.of());
                return new IntakeStep(cancelled, List.of(new IntakeReply.Cancelled(progress(mode, answers))));
            case HELP:
                return new IntakeStep(state, List.of(new IntakeReply.Help(question, progress(mode, answers))));
            default:
                if (ReplyReading.read(question, text) == ReplyReading.Reading.DISCUSSION) return unchanged(state);
                return answered(state, question, AnswerParser.parse(question, text));
        }
    }

    private static IntakeStep clicked(IntakeState state, String key, String value) {
        Optional<Question> open = openQuestion(state).filter(q -> q.key().equals(key));
        if (open.isEmpty()) return new IntakeStep(state, List.of(new IntakeReply.StaleClick(key)));
        Question question = open.get();
        if (question.kind() == QuestionKind.MULTI) {
            if (IntakeInput.DONE.equals(value)) {
                return moveOn(state.mode(), state.answers().with(question.key(), new Answer.Picks(state.draft())));
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

    /**
     * A submitted form: refused whole when any field is wrong ({@link IntakeForm#errors}); otherwise
     * every given field of a question that applies in the intake's mode is answered, in question
     * order, and the intake goes on to its first unanswered question — or completes (again). A
     * cancelled or abandoned intake resumes.
     */
    private static IntakeStep form(IntakeState state, Map<String, List<String>> values) {
        Map<String, String> errors = IntakeForm.errors(values);
        if (!errors.isEmpty()) return new IntakeStep(state, List.of(new IntakeReply.FormRefused(errors)));
        IntakeMode mode = state.mode();
        Answers answers = state.answers();
        for (Question question : Questionnaire.all()) {
            if (!Questionnaire.applies(mode, question, answers)) continue;
            Optional<Answer> given = IntakeForm.read(question, values.get(question.key()));
            if (given.isPresent()) answers = answers.with(question.key(), given.get());
        }
        return moveOn(mode, answers);
    }

    private static IntakeStep answered(IntakeState state, Question question, ParsedAnswer parsed) {
        if (parsed instanceof ParsedAnswer.Accepted accepted) {
            return moveOn(state.mode(), state.answers().with(question.key(), accepted.answer()));
        }
        return reask(state, question, ((ParsedAnswer.Invalid) parsed).reason());
    }

    /** Asks the first applicable question without an answer, or completes the intake. */
    private static IntakeStep moveOn(IntakeMode mode, Answers answers) {
        Optional<Question> next = firstUnanswered(mode, answers);
        if (next.isPresent()) return askAt(mode, answers, next.get(), Optional.empty());
        IntakeState completed = new IntakeState(IntakeStatus.COMPLETED, mode, answers, Optional.empty(), Set.of());
        return new IntakeStep(completed, List.of(new IntakeReply.Completed(answers)));
    }

    private static Optional<Question> firstUnanswered(IntakeMode mode, Answers answers) {
        return Questionnaire.applicable(mode, answers).stream()
                .filter(q -> !answers.has(q.key()))
                .findFirst();
    }

    /**
     * Opens {@code question}. A multi-select revisited starts with its current picks ticked, so that
     * Done without touching a box keeps the answer as it was.
     */
    private static IntakeStep askAt(IntakeMode mode, Answers answers, Question question, Optional<String> rejection) {
        Optional<Answer> current = answers.get(question.key());
        Set<String> draft = question.kind() == QuestionKind.MULTI ? answers.picks(question.key()) : Set.of();
        IntakeState state =
                new IntakeState(IntakeStatus.IN_PROGRESS, mode, answers, Optional.of(question.key()), draft);
        return new IntakeStep(
                state, List.of(new IntakeReply.Ask(question, progress(mode, answers), rejection, current, draft)));
    }

    private static IntakeStep reask(IntakeState state, Question question, String rejection) {
        Answers answers = state.answers();
        IntakeReply ask = new IntakeReply.Ask(
                question,
                progress(state.mode(), answers),
                Optional.of(rejection),
                answers.get(question.key()),
                state.draft());
        return new IntakeStep(state, List.of(ask));
    }

    /** The open question, if the intake is in progress and its current key is a question that applies. */
    private static Optional<Question> openQuestion(IntakeState state) {
        if (state.status() != IntakeStatus.IN_PROGRESS) return Optional.empty();
        return state.currentKey()
                .flatMap(Questionnaire::byKey)
                .filter(q -> Questionnaire.applies(state.mode(), q, state.answers()));
    }

    /** The applicable question just before {@code question}, in the order of the intake's mode. */
    private static Optional<Question> previous(IntakeMode mode, Question question, Answers answers) {
        List<Question> applicable = Questionnaire.applicable(mode, answers);
        int index = applicable.indexOf(question);
        return index > 0 ? Optional.of(applicable.get(index - 1)) : Optional.empty();
    }

    private static IntakeState withDraft(IntakeState state, Set<String> draft) {
        return new IntakeState(state.status(), state.mode(), state.answers(), state.currentKey(), draft);
    }

    private static IntakeStep unchanged(IntakeState state) {
        return new IntakeStep(state, List.of());
    }
}
