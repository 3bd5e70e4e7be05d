package dev.mlidea.conversations.intake;

import java.util.Locale;
import java.util.Set;

/**
 * How an owner's thread reply reads against the open question: a control word, an answer, something
 * close to an answer that could not be read (the owner is asked, privately, "Was that an answer?"), or
 * discussion — people talk in the intake's thread, and talk is not a failed answer.
 *
 * <ul>
 *   <li>Control words (skip, back, cancel, help, resume) are always control words.
 *   <li>TEXT: a reply that mentions someone ({@code <@U…>}) or ends with "?" is discussion; any other
 *       reply is the answer (or, blank or too long, close to one).
 *   <li>PEOPLE: mentions are the answer; a reply without one is close to an answer when it is short.
 *   <li>CHOICE, SCALE, MULTI: what the parser accepts is the answer. Otherwise a reply that mentions
 *       someone is discussion; one that is short (at most {@value #SHORT_WORDS} words), contains a digit
 *       or starts like one of the choices is close to an answer; anything else is discussion.
 *   <li>A reply over {@link AnswerParser#MAX_ANSWER_LENGTH} is close to an answer: it is refused with the
 *       limit, as before.
 * </ul>
 */
public final class ReplyReading {

    /** How a reply reads. */
    public enum Reading {
        CONTROL,
        ANSWER,
        CLOSE_TO_AN_ANSWER,
        DISCUSSION
    }

    /** A reply of at most this many words may be a mistyped answer to a choice, a scale or a list. */
    static final int SHORT_WORDS = 3;

    static final Set<String> CONTROL_WORDS =
            Set.of(IntakeFlow.SKIP, IntakeFlow.BACK, IntakeFlow.CANCEL, IntakeFlow.HELP, IntakeFlow.RESUME);

    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five");

    private ReplyReading() {}

    public static Reading read(Question question, String typed) {
        String text = typed == null ? "" : typed;
        if (AnswerParser.isTooLong(text)) return Reading.CLOSE_TO_AN_ANSWER;
        if (CONTROL_WORDS.contains(TypedScan.normalise(text))) return Reading.CONTROL;
        boolean mentions = !TypedScan.mentions(text).isEmpty();
        boolean accepted = AnswerParser.parse(question, text) instanceof ParsedAnswer.Accepted;
        return switch (question.kind()) {
            case TEXT -> {
                if (mentions || text.strip().endsWith("?")) yield Reading.DISCUSSION;
                yield accepted ? Reading.ANSWER : Reading.CLOSE_TO_AN_ANSWER;
            }
            case PEOPLE -> {
                if (accepted) yield Reading.ANSWER;
                yield isShort(text) ? Reading.CLOSE_TO_AN_ANSWER : Reading.DISCUSSION;
            }
            case CHOICE, SCALE, MULTI -> {
                if (accepted) yield Reading.ANSWER;
                if (mentions) yield Reading.DISCUSSION;
                yield isShort(text) || hasDigit(text) || startsLikeAChoice(question, text)
                        ? Reading.CLOSE_TO_AN_ANSWER
                        : Reading.DISCUSSION;
            }
        };
    }

    private static boolean isShort(String text) {
        String normalised = TypedScan.normalise(text);
        return normalised.isEmpty() || normalised.split(" ").length <= SHORT_WORDS;
    }

    private static boolean hasDigit(String text) {
        return TypedScan.normalise(text).chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    /** The reply's first words are a choice's id, label or alias (of two letters or more), or a number word. */
    private static boolean startsLikeAChoice(Question question, String text) {
        String normalised = TypedScan.normalise(text);
        if (question.kind() == QuestionKind.SCALE) {
            return NUMBER_WORDS.stream().anyMatch(word -> startsWithWord(normalised, word));
        }
        for (Choice choice : question.choices()) {
            for (String name : names(choice)) {
                if (name.length() >= 2 && startsWithWord(normalised, name)) return true;
            }
        }
        return false;
    }

    private static Set<String> names(Choice choice) {
        var names = new java.util.LinkedHashSet<String>();
        names.add(choice.id().toLowerCase(Locale.ROOT).replace('_', ' '));
        names.add(TypedScan.normalise(choice.label()));
        for (String alias : choice.aliases()) names.add(TypedScan.normalise(alias));
        return names;
    }

    private static boolean startsWithWord(String text, String word) {
        return text.startsWith(word)
                && (text.length() == word.length() || !TypedScan.isWordCharAt(text, word.length()));
    }
}
