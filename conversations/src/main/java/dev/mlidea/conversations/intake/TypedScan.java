package dev.mlidea.conversations.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads what people typed into pieces with plain left-to-right scans, never a backtracking regex: a
 * 40,000-character reply costs one pass, whatever it holds. {@link AnswerParser} matches the pieces
 * to a question.
 */
final class TypedScan {
    /** Numbers in answers have at most this many digits: "99999999999" is not a number, not an overflow. */
    static final int NUMBER_DIGITS = 3;

    /** What separates the items of a typed list, besides "and" and an HTML-escaped "&amp;". */
    private static final String LIST_SEPARATORS = ",;&/+\n\r";

    private static final String QUOTES = "\"'`*_~";
    private static final String TRAILING_PUNCTUATION = ".!?,;:\u2026";

    private TypedScan() {}

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
    static String collapseSpaces(String s) {
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

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\u0085';
    }

    /**
     * The items of a typed list: split at {@code , ; & / +}, line breaks, an escaped {@code &amp;}, and
     * the word "and" in any case (not "android" or "brand").
     */
    static List<String> listItems(String raw) {
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
    static int separatorLength(String s, int i) {
        if (LIST_SEPARATORS.indexOf(s.charAt(i)) >= 0) {
            return s.regionMatches(true, i, "&amp;", 0, 5) ? 5 : 1;
        }
        boolean and = s.regionMatches(true, i, "and", 0, 3)
                && isAscii(s, i, 3)
                && !isWordCharBefore(s, i)
                && !isWordCharAt(s, i + 3);
        return and ? 3 : 0;
    }

    static boolean isAscii(String s, int from, int length) {
        for (int i = from; i < from + length; i++) if (s.charAt(i) > 0x7F) return false;
        return true;
    }

    static boolean isWordCharBefore(String s, int i) {
        return i > 0 && isWordChar(s.codePointBefore(i));
    }

    static boolean isWordCharAt(String s, int i) {
        return i < s.length() && isWordChar(s.codePointAt(i));
    }

    static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_';
    }

    /** "1 4 5": two or more numbers of one to three digits, single spaces between (the text is normalised). */
    static boolean isNumberList(String token) {
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
    static int digitsAt(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        return i - from;
    }

    /**
     * The user ids of Slack mentions, {@code <@U123ABC>} or {@code <@U123ABC|dana>}, in order and
     * without repeats; anything else is ignored.
     */
    static Set<String> mentions(String raw) {
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

    static boolean isIdChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
