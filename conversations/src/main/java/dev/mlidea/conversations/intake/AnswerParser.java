package dev.mlidea.conversations.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Reads what an owner typed or clicked as an answer to one question. Tolerant of the ways people
 * actually type ("Yes!", "4/5", "four", "1, 3 and industry"), strict about what it accepts: anything
 * it cannot read comes back as {@link ParsedAnswer.Invalid} with one sentence naming the options.
 */
public final class AnswerParser {

    /** A Slack user mention as it arrives in message text: {@code <@U123ABC>} or {@code <@U123ABC|dana>}. */
    private static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>");

    /** What separates the items of a typed list; "&" may arrive HTML-escaped from Slack. */
    private static final Pattern LIST_SEPARATOR =
            Pattern.compile("&amp;|[,;&/+\\n\\r]|\\band\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern NUMBER = Pattern.compile("#?(\\d{1,3})");
    private static final Pattern NUMBERS = Pattern.compile("\\d{1,3}(?: \\d{1,3})+");
    private static final Pattern RATING =
            Pattern.compile("(\\d{1,3}|one|two|three|four|five)(?: ?(?:/|of|out of) ?(\\d{1,3}|five))?");
    private static final Map<String, Integer> NUMBER_WORDS =
            Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5);

    private static final Set<String> NONE_WORDS = Set.of(
            "none", "nothing", "neither", "-", "n/a", "na", "no", "none of these", "none of them", "none of the above");
    private static final Set<String> ALL_WORDS =
            Set.of("all", "all of them", "all of these", "all of the above", "everything");

    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");
    private static final String QUOTES = "\"'`*_~";
    private static final String TRAILING_PUNCTUATION = ".!?,;:\u2026";
    private static final int QUOTED_MAX = 40;

    private AnswerParser() {}

    /** Reads a thread reply as an answer to {@code q}. Control words are the flow's business, not this. */
    public static ParsedAnswer parse(Question q, String typed) {
        String raw = typed == null ? "" : typed;
        return switch (q.kind()) {
            case TEXT -> parseText(raw);
            case CHOICE -> parseChoice(q, raw);
            case SCALE -> parseScale(q, raw);
            case MULTI -> parseMulti(q, raw);
            case PEOPLE -> parsePeople(raw);
        };
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
        s = WHITESPACE.matcher(s).replaceAll(" ").strip();
        String before;
        do {
            before = s;
            int start = 0;
            int end = s.length();
            while (start < end && QUOTES.indexOf(s.charAt(start)) >= 0) start++;
            while (end > start && QUOTES.indexOf(s.charAt(end - 1)) >= 0) end--;
            while (end - start > 1 && TRAILING_PUNCTUATION.indexOf(s.charAt(end - 1)) >= 0) end--;
            s = s.substring(start, end).strip();
        } while (!s.equals(before));
        return s;
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
        Matcher m = RATING.matcher(typed);
        if (!m.matches()) {
            String what = typed.isEmpty() ? "Please rate it" : "I couldn't read " + quoted(raw) + " as a rating";
            return invalid(what + ": type a number " + scaleRange(q) + ", or use the buttons.");
        }
        int value = numberValue(m.group(1));
        boolean outOfFive = m.group(2) == null || numberValue(m.group(2)) == Question.SCALE_MAX;
        if (!outOfFive || value < Question.SCALE_MIN || value > Question.SCALE_MAX) {
            return invalid(
                    quoted(raw) + " is not on the scale: type a number " + scaleRange(q) + ", or use the buttons.");
        }
        return accepted(new Answer.Scale(value));
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
        for (String part : LIST_SEPARATOR.split(raw)) {
            String token = normalise(part);
            if (NUMBERS.matcher(token).matches()) {
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
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(raw);
        while (m.find()) ids.add(m.group(1));
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
        Matcher number = NUMBER.matcher(typed);
        if (number.matches()) {
            int n = Integer.parseInt(number.group(1));
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
        names.add(normalise(c.label().replaceAll("\\s*\\([^)]*\\)", "")));
        for (String alias : c.aliases()) names.add(normalise(alias));
        names.remove("");
        return names;
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
        String s = WHITESPACE.matcher(raw).replaceAll(" ").strip();
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
