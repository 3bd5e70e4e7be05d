package dev.mlidea.conversations.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** What separates the items of a typed list, besides "and" and an HTML-escaped "&amp;". */
    private static final String LIST_SEPARATORS = ",;&/+\n\r";

    private static final int NUMBER_DIGITS = 3;
    private static final Map<String, Integer> NUMBER_WORDS =
            Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5);

    private static final Set<String> NONE_WORDS = Set.of(
            "none", "nothing", "neither", "-", "n/a", "na", "no", "none of these", "none of them", "none of the above");
    private static final Set<String> ALL_WORDS =
            Set.of("all", "all of them", "all of these", "all of the above", "everything");

    private static final String QUOTES = "\"'`*_~";
    private static final String TRAILING_PUNCTUATION = ".!?,;:\u2026";
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

    /**
     * Lower case, single spaces, no surrounding quotes or formatting marks, no trailing ". ! ?" — so
     * that {@code "Yes!"}, {@code `yes`} and {@code  YES. } all read as {@code yes}. A lone "?" stays.
     */
    static String normalise(String typed) {
        if (typed == null) return "";
        String s = typed.replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace('\u2018', '\'')
                .replace('\u2019', '\'')
                .replace('\u201C', '"')
                .replace('\u201D', '"')
                .toLowerCase(Locale.ROOT);
        s = collapseSpaces(s);
        // Indices, not substrings: peeling "*.*.*." one mark a round must not copy the text each round.
        int start = 0;
        int end = s.length();
        int before;
        do {
            before = end - start;
            while (start < end && QUOTES.indexOf(s.charAt(start)) >= 0) start++;
            while (end > start && QUOTES.indexOf(s.charAt(end - 1)) >= 0) end--;
            while (end - start > 1 && TRAILING_PUNCTUATION.indexOf(s.charAt(end - 1)) >= 0) end--;
            while (start < end && s.charAt(start) == ' ') start++;
            while (end > start && s.charAt(end - 1) == ' ') end--;
        } while (end - start != before);
        return s.substring(start, end);
    }

    /** Every run of white space (Unicode's, and the JDK's) as one plain space, none at either end. */
    private static String collapseSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) out.append(' ');
                pendingSpace = false;
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\u0085';
    }

    private static ParsedAnswer parseText(String raw) {
        String text = raw.strip();
        return text.isBlank()
                ? invalid("Type your answer as a reply in the thread, or type skip.")
                : accepted(new Answer.Text(text));
    }

    private static ParsedAnswer parseChoice(Question q, String raw) {
        String typed = normalise(raw);
        if (typed.isEmpty()) {
            return invalid("Type one of " + options(q) + ", or use the buttons.");
        }
        return matchChoice(q, typed)
                .<ParsedAnswer>map(c -> accepted(new Answer.Picked(c.id())))
                .orElseGet(() -> invalid("I couldn't match " + quoted(raw) + " to " + options(q)
                        + ". Type one of them or its number, or use the buttons."));
    }

    private static ParsedAnswer parseScale(Question q, String raw) {
        String typed = normalise(raw);
        Optional<Rating> rating = Rating.read(typed);
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

    /**
     * A typed rating: "4", "four", "4/5", "4 / 5", "4 of 5", "four out of five". Numbers have at most
     * three digits, so "99999999999" is not a rating rather than an overflow.
     */
    private record Rating(int value, Optional<Integer> outOf) {
        private static final List<String> WORDS = List.of("one", "two", "three", "four", "five");
        private static final List<String> OUT_OF = List.of("/", "out of", "of");

        /** {@code typed} is normalised: lower case, single spaces. */
        static Optional<Rating> read(String typed) {
            int valueEnd = numberEnd(typed, 0, WORDS);
            if (valueEnd < 0) return Optional.empty();
            int value = numberValue(typed.substring(0, valueEnd));
            if (valueEnd == typed.length()) return Optional.of(new Rating(value, Optional.empty()));
            int i = skipSpace(typed, valueEnd);
            Optional<String> word =
                    OUT_OF.stream().filter(w -> typed.startsWith(w, i)).findFirst();
            if (word.isEmpty()) return Optional.empty();
            int totalStart = skipSpace(typed, i + word.get().length());
            int totalEnd = numberEnd(typed, totalStart, List.of("five"));
            if (totalEnd != typed.length()) return Optional.empty();
            return Optional.of(new Rating(value, Optional.of(numberValue(typed.substring(totalStart)))));
        }

        /** The end of one to three digits or one of {@code words} at {@code from}; -1 if neither is there. */
        private static int numberEnd(String s, int from, List<String> words) {
            int digits = digitsAt(s, from);
            if (digits > NUMBER_DIGITS) return -1;
            if (digits > 0) return from + digits;
            return words.stream()
                    .filter(w -> s.startsWith(w, from))
                    .findFirst()
                    .map(w -> from + w.length())
                    .orElse(-1);
        }

        private static int skipSpace(String s, int i) {
            return i < s.length() && s.charAt(i) == ' ' ? i + 1 : i;
        }
    }

    private static ParsedAnswer parseMulti(Question q, String raw) {
        String whole = normalise(raw);
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
        for (String part : listItems(raw)) {
            String token = normalise(part);
            if (isNumberList(token)) {
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
        Set<String> ids = mentions(raw);
        return ids.isEmpty()
                ? invalid("Mention the people with @ in your reply (like @dana @lee); \u201Cnone\u201D isn't an"
                        + " answer here, but you can type skip.")
                : accepted(new Answer.People(List.copyOf(ids)));
    }

    /**
     * The items of a typed list: split at {@code , ; & / +}, line breaks, an escaped {@code &amp;}, and
     * the word "and" in any case (not "android" or "brand").
     */
    private static List<String> listItems(String raw) {
        List<String> items = new ArrayList<>();
        int itemStart = 0;
        int i = 0;
        while (i < raw.length()) {
            int separator = separatorLength(raw, i);
            if (separator > 0) {
                items.add(raw.substring(itemStart, i));
                i += separator;
                itemStart = i;
            } else {
                i++;
            }
        }
        items.add(raw.substring(itemStart));
        return items;
    }

    /** How long the separator starting at {@code i} is, or 0 when none starts there. */
    private static int separatorLength(String s, int i) {
        if (LIST_SEPARATORS.indexOf(s.charAt(i)) >= 0) {
            return s.regionMatches(true, i, "&amp;", 0, 5) ? 5 : 1;
        }
        boolean and = s.regionMatches(true, i, "and", 0, 3)
                && isAscii(s, i, 3)
                && !isWordCharBefore(s, i)
                && !isWordCharAt(s, i + 3);
        return and ? 3 : 0;
    }

    private static boolean isAscii(String s, int from, int length) {
        for (int i = from; i < from + length; i++) if (s.charAt(i) > 0x7F) return false;
        return true;
    }

    private static boolean isWordCharBefore(String s, int i) {
        return i > 0 && isWordChar(s.codePointBefore(i));
    }

    private static boolean isWordCharAt(String s, int i) {
        return i < s.length() && isWordChar(s.codePointAt(i));
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_';
    }

    /** "1 4 5": two or more numbers of one to three digits, single spaces between (the text is normalised). */
    private static boolean isNumberList(String token) {
        int numbers = 0;
        int i = 0;
        while (i < token.length()) {
            int digits = digitsAt(token, i);
            if (digits == 0 || digits > NUMBER_DIGITS) return false;
            numbers++;
            i += digits;
            if (i == token.length()) break;
            if (token.charAt(i) != ' ') return false;
            i++;
            if (i == token.length()) return false;
        }
        return numbers >= 2;
    }

    /** How many ASCII digits follow {@code from} (a Slack reply's digits are ASCII; "٣" is not a number here). */
    private static int digitsAt(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        return i - from;
    }

    /**
     * The user ids of Slack mentions, {@code <@U123ABC>} or {@code <@U123ABC|dana>}, in order and
     * without repeats; anything else is ignored.
     */
    private static Set<String> mentions(String raw) {
        Set<String> ids = new LinkedHashSet<>();
        // Where the next '>' is, remembered: "<@U1|<@U1|<@U1|..." must not search to the end once per mention.
        int close = -1;
        int at = raw.indexOf("<@");
        while (at >= 0) {
            int idStart = at + 2;
            int idEnd = idStart;
            if (idEnd < raw.length() && (raw.charAt(idEnd) == 'U' || raw.charAt(idEnd) == 'W')) {
                idEnd++;
                while (idEnd < raw.length() && isIdChar(raw.charAt(idEnd))) idEnd++;
            }
            int next = at + 1;
            if (idEnd - idStart >= 2 && idEnd < raw.length()) {
                if (close < idEnd) close = raw.indexOf('>', idEnd);
                if (close < 0) break; // no '>' left: no mention can end
                char after = raw.charAt(idEnd);
                if (after == '>' || after == '|') {
                    ids.add(raw.substring(idStart, idEnd));
                    next = close + 1;
                }
            }
            at = raw.indexOf("<@", next);
        }
        return ids;
    }

    private static boolean isIdChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** The first choice, in order, whose id, label or alias is the typed text; else the 1-based number. */
    private static Optional<Choice> matchChoice(Question q, String typed) {
        if (typed.isEmpty()) return Optional.empty();
        for (Choice c : q.choices()) {
            if (names(c).contains(typed)) return Optional.of(c);
        }
        String digits = typed.startsWith("#") ? typed.substring(1) : typed;
        int length = digitsAt(digits, 0);
        if (length > 0 && length <= NUMBER_DIGITS && length == digits.length()) {
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
        names.add(normalise(c.label()));
        // "Every 2 weeks (default)" is also picked by "every 2 weeks".
        names.add(normalise(withoutParentheses(c.label())));
        for (String alias : c.aliases()) names.add(normalise(alias));
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

    private static int numberValue(String digitsOrWord) {
        Integer word = NUMBER_WORDS.get(digitsOrWord);
        return word != null ? word : Integer.parseInt(digitsOrWord);
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
        String s = collapseSpaces(raw);
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
