package dev.mlidea.conversations.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Reads what an owner typed or clicked as an answer to one question. Tolerant of the ways people
 * actually type ("Yes!", "4/5", "four", "1, 3 and industry"), strict about what it accepts: anything
 * it cannot read comes back as {@link ParsedAnswer.Invalid} with one sentence naming the options.
 *
 * <p>Everything here reads the text in one pass with plain loops: no regular expression sees what
 * people typed, because a backtracking one recurses per repetition and a long enough reply (Slack
 * allows 40,000 characters) overflowed the stack of the worker.
 */
public final class AnswerParser {

    /**
     * The longest answer read, in characters (code points). No question needs more — the longest
     * honest answer is a short paragraph of a problem statement — and a bound keeps parsing, storage
     * and every echo of the answer small; 3,000 is also Slack's limit for the text of one section.
     */
    public static final int MAX_ANSWER_LENGTH = 3000;

    static final String TOO_LONG = String.format(
            Locale.ROOT,
            "Answers are limited to %,d characters \u2014 please shorten it and send again.",
            MAX_ANSWER_LENGTH);

    private static final Set<String> NONE_WORDS = Set.of(
            "none", "nothing", "neither", "-", "n/a", "na", "no", "none of these", "none of them", "none of the above");
    private static final Set<String> ALL_WORDS =
            Set.of("all", "all of them", "all of these", "all of the above", "everything");

    private static final int QUOTED_MAX = 40;

    private AnswerParser() {}

    /** Reads a thread reply as an answer to {@code q}. Control words are the flow's business, not this. */
    public static ParsedAnswer parse(Question q, String typed) {
        String raw = typed == null ? "" : typed;
        if (isTooLong(raw)) return invalid(TOO_LONG);
        return switch (q.kind()) {
            case TEXT -> parseText(raw);
            case CHOICE -> parseChoice(q, raw);
            case SCALE -> parseScale(q, raw);
            case MULTI -> parseMulti(q, raw);
            case PEOPLE -> parsePeople(raw);
        };
    }

    /** Whether {@code typed} is longer than {@link #MAX_ANSWER_LENGTH}: it is then refused unread. */
    static boolean isTooLong(String typed) {
        return typed != null
                && typed.length() > MAX_ANSWER_LENGTH
                && typed.codePointCount(0, typed.length()) > MAX_ANSWER_LENGTH;
    }

    /**
     * Reads a button press on {@code q}: a choice id for a choice question, "1".."5" for a scale.
     * Multi-select checkboxes and Done are handled by the flow, which holds the draft.
     */
    public static ParsedAnswer parseClick(Question q, String value) {
        String v = value == null ? "" : value;
        return switch (q.kind()) {
            case CHOICE ->
                q.choice(v)
                        .<ParsedAnswer>map(c -> accepted(new Answer.Picked(c.id())))
                        .orElseGet(() ->
                                invalid("That button isn't one of this question's options: pick " + options(q) + "."));
            case SCALE ->
                v.length() == 1 && v.charAt(0) >= '1' && v.charAt(0) <= '5'
                        ? accepted(new Answer.Scale(v.charAt(0) - '0'))
                        : invalid("That button isn't on the scale: pick a number " + scaleRange(q) + ".");
            case MULTI -> invalid("Tick the boxes that apply and press Done, or type them separated by commas.");
            case TEXT -> invalid("This question has no buttons: type your answer as a reply in the thread.");
            case PEOPLE -> invalid("This question has no buttons: mention the people with @ in a reply.");
        };
    }

    private static ParsedAnswer parseText(String raw) {
        String text = raw.strip();
        // Only white space, Unicode's included (a no-break space from a form or a paste), is no answer.
        return TypedScan.collapseSpaces(text).isEmpty()
                ? invalid("Type your answer as a reply in the thread, or type skip.")
                : accepted(new Answer.Text(text));
    }

    private static ParsedAnswer parseChoice(Question q, String raw) {
        String typed = TypedScan.normalise(raw);
        if (typed.isEmpty()) {
            return invalid("Type one of " + options(q) + ", or use the buttons.");
        }
        return matchChoice(q, typed)
                .<ParsedAnswer>map(c -> accepted(new Answer.Picked(c.id())))
                .orElseGet(() -> invalid("I couldn't match " + quoted(raw) + " to " + options(q)
                        + ". Type one of them or its number, or use the buttons."));
    }

    private static ParsedAnswer parseScale(Question q, String raw) {
        String typed = TypedScan.normalise(raw);
        Optional<TypedRating> rating = TypedRating.read(typed);
        if (rating.isEmpty()) {
            String what = typed.isEmpty() ? "Please rate it" : "I couldn't read " + quoted(raw) + " as a rating";
            return invalid(what + ": type a number " + scaleRange(q) + ", or use the buttons.");
        }
        int value = rating.get().value();
        boolean outOfFive =
                rating.get().outOf().map(n -> n == Question.SCALE_MAX).orElse(true);
        if (!outOfFive || value < Question.SCALE_MIN || value > Question.SCALE_MAX) {
            return invalid(
                    quoted(raw) + " is not on the scale: type a number " + scaleRange(q) + ", or use the buttons.");
        }
        return accepted(new Answer.Scale(value));
    }

    private static ParsedAnswer parseMulti(Question q, String raw) {
        String whole = TypedScan.normalise(raw);
        if (NONE_WORDS.contains(whole)) return accepted(new Answer.Picks(Set.of()));
        if (ALL_WORDS.contains(whole)) {
            return accepted(
                    new Answer.Picks(q.choices().stream().map(Choice::id).collect(Collectors.toSet())));
        }
        // A label may itself contain a separator ("valuable / newly feasible"): try the whole text first.
        Optional<Choice> single = matchChoice(q, whole);
        if (single.isPresent())
            return accepted(new Answer.Picks(Set.of(single.get().id())));

        List<String> tokens = new ArrayList<>();
        for (String part : TypedScan.listItems(raw)) {
            String token = TypedScan.normalise(part);
            if (TypedScan.isNumberList(token)) {
                tokens.addAll(List.of(token.split(" ")));
            } else if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        if (tokens.isEmpty()) {
            return invalid("Type the ones that apply, separated by commas: " + options(q)
                    + "; or type none, or use the checkboxes.");
        }
        Set<String> picked = new LinkedHashSet<>();
        for (String token : tokens) {
            Optional<Choice> match = matchChoice(q, token);
            if (match.isEmpty()) {
                return invalid("I couldn't match " + quoted(token) + " to any of " + options(q)
                        + ". Type them separated by commas (or their numbers), type none, or use the checkboxes.");
            }
            picked.add(match.get().id());
        }
        return accepted(new Answer.Picks(picked));
    }

    private static ParsedAnswer parsePeople(String raw) {
        Set<String> ids = TypedScan.mentions(raw);
        return ids.isEmpty()
                ? invalid("Mention the people with @ in your reply (like @dana @lee); \u201Cnone\u201D isn't an"
                        + " answer here, but you can type skip.")
                : accepted(new Answer.People(List.copyOf(ids)));
    }

    /** The first choice, in order, whose id, label or alias is the typed text; else the 1-based number. */
    private static Optional<Choice> matchChoice(Question q, String typed) {
        if (typed.isEmpty()) return Optional.empty();
        for (Choice c : q.choices()) {
            if (names(c).contains(typed)) return Optional.of(c);
        }
        String digits = typed.startsWith("#") ? typed.substring(1) : typed;
        int length = TypedScan.digitsAt(digits, 0);
        if (length > 0 && length <= TypedScan.NUMBER_DIGITS && length == digits.length()) {
            int n = Integer.parseInt(digits);
            if (n >= 1 && n <= q.choices().size())
                return Optional.of(q.choices().get(n - 1));
        }
        return Optional.empty();
    }

    private static Set<String> names(Choice c) {
        Set<String> names = new LinkedHashSet<>();
        names.add(c.id().toLowerCase(Locale.ROOT));
        names.add(c.id().toLowerCase(Locale.ROOT).replace('_', ' '));
        names.add(TypedScan.normalise(c.label()));
        // "Every 2 weeks (default)" is also picked by "every 2 weeks".
        names.add(TypedScan.normalise(withoutParentheses(c.label())));
        for (String alias : c.aliases()) names.add(TypedScan.normalise(alias));
        names.remove("");
        return names;
    }

    /** The label without its parenthesised parts: "Every 2 weeks (default)" is "Every 2 weeks". */
    private static String withoutParentheses(String label) {
        StringBuilder out = new StringBuilder(label.length());
        int i = 0;
        while (i < label.length()) {
            int close = label.charAt(i) == '(' ? label.indexOf(')', i) : -1;
            if (close < 0) {
                out.append(label.charAt(i++));
            } else {
                while (out.length() > 0 && Character.isWhitespace(out.charAt(out.length() - 1)))
                    out.setLength(out.length() - 1);
                i = close + 1;
            }
        }
        return out.toString();
    }

    /** "Yes (1), Partly (2) or No (3)". */
    static String options(Question q) {
        List<String> items = IntStream.range(0, q.choices().size())
                .mapToObj(i -> q.choices().get(i).label() + " (" + (i + 1) + ")")
                .toList();
        if (items.size() <= 1) return String.join("", items);
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    private static String scaleRange(Question q) {
        return "between " + Question.SCALE_MIN + " (" + q.lowLabel() + ") and " + Question.SCALE_MAX + " ("
                + q.highLabel() + ")";
    }

    /** The typed text in curly quotes, on one line and cut short: it is echoed back to the thread. */
    private static String quoted(String raw) {
        String s = TypedScan.collapseSpaces(raw);
        if (s.length() > QUOTED_MAX) {
            int cut = QUOTED_MAX - 1;
            if (Character.isHighSurrogate(s.charAt(cut - 1))) cut--;
            s = s.substring(0, cut).strip() + "\u2026";
        }
        return "\u201C" + s + "\u201D";
    }

    private static ParsedAnswer accepted(Answer answer) {
        return new ParsedAnswer.Accepted(answer);
    }

    private static ParsedAnswer invalid(String reason) {
        return new ParsedAnswer.Invalid(reason);
    }
}
