package dev.mlidea.conversations.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The intake as one form (the bot's modal): its fields, and what is wrong with a submission. A pure
 * check; {@link IntakeFlow#handle} takes a {@link IntakeInput.Form} only when this finds nothing.
 */
public final class IntakeForm {
    /**
     * The value of a pick-any question's "None of these" option in a form: an empty list means "not
     * given here", so choosing none needs a value of its own.
     */
    public static final String NONE = "_none";

    static final String UNKNOWN_QUESTION = "There is no such question.";
    static final String ONE_VALUE = "Give one answer here.";

    private IntakeForm() {}

    /** The form's fields: the quick intake's questions, in the order they are asked. */
    public static List<Question> quickQuestions() {
        return Questionnaire.quick();
    }

    /**
     * What is wrong with each field of a submitted form, by question key, in one short sentence (the
     * words of {@link AnswerParser}'s rejections where it has them); empty when the form can be taken. A
     * key absent or with an empty list is not given, and not an error.
     */
    public static Map<String, String> errors(Map<String, List<String>> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        values.forEach((key, given) -> {
            if (given == null || given.isEmpty()) return;
            Optional<Question> question = Questionnaire.byKey(key);
            if (question.isEmpty()) {
                errors.put(key, UNKNOWN_QUESTION);
                return;
            }
            reason(question.get(), given).ifPresent(reason -> errors.put(key, reason));
        });
        return errors;
    }

    /** The answer a valid field gives; empty when the field is not given or not valid. */
    static Optional<Answer> read(Question question, List<String> given) {
        if (given == null || given.isEmpty() || reason(question, given).isPresent()) return Optional.empty();
        return Optional.of(parse(question, given));
    }

    private static Optional<String> reason(Question question, List<String> given) {
        for (String value : given) {
            if (value == null) return Optional.of(invalidValue(question));
            if (AnswerParser.isTooLong(value)) return Optional.of(AnswerParser.TOO_LONG);
        }
        boolean many = question.kind() == QuestionKind.MULTI || question.kind() == QuestionKind.PEOPLE;
        if (!many && given.size() > 1) return Optional.of(ONE_VALUE);
        return switch (question.kind()) {
            case TEXT, CHOICE, SCALE -> invalid(parseOne(question, given.get(0)));
            case MULTI ->
                given.stream()
                        .filter(id -> !NONE.equals(id) && question.choice(id).isEmpty())
                        .findFirst()
                        .map(id -> invalidValue(question));
            case PEOPLE ->
                given.stream().filter(id -> !isUserId(id)).findFirst().map(id -> invalidValue(question));
        };
    }

    private static ParsedAnswer parseOne(Question question, String value) {
        return question.kind() == QuestionKind.TEXT
                ? AnswerParser.parse(question, value)
                : AnswerParser.parseClick(question, value);
    }

    private static Answer parse(Question question, List<String> given) {
        return switch (question.kind()) {
            case TEXT, CHOICE, SCALE -> ((ParsedAnswer.Accepted) parseOne(question, given.get(0))).answer();
            case MULTI ->
                new Answer.Picks(
                        given.stream().filter(id -> !NONE.equals(id)).collect(java.util.stream.Collectors.toSet()));
            case PEOPLE -> new Answer.People(given.stream().distinct().toList());
        };
    }

    /** The parser's own sentence for a value that is not one of the question's. */
    private static String invalidValue(Question question) {
        return switch (question.kind()) {
            case MULTI ->
                "That isn't one of this question's options: pick from " + AnswerParser.options(question) + ".";
            case PEOPLE -> "Pick people from the workspace.";
            default -> ((ParsedAnswer.Invalid) AnswerParser.parseClick(question, "")).reason();
        };
    }

    private static Optional<String> invalid(ParsedAnswer parsed) {
        return parsed instanceof ParsedAnswer.Invalid invalid ? Optional.of(invalid.reason()) : Optional.empty();
    }

    /** A Slack user id: U or W, then capital letters and digits. */
    private static boolean isUserId(String id) {
        if (id.length() < 2 || (id.charAt(0) != 'U' && id.charAt(0) != 'W')) return false;
        for (int i = 1; i < id.length(); i++) if (!TypedScan.isIdChar(id.charAt(i))) return false;
        return true;
    }
}
