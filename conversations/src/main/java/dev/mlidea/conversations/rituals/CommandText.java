package dev.mlidea.conversations.rituals;

import java.util.Locale;

/**
 * The plain left-to-right and right-to-left scans behind {@link ProjectReference}: no regular
 * expressions, so a long or hostile command costs one pass.
 */
final class CommandText {
    private static final String OPEN_QUOTES = "\"'“‘«`";
    private static final String CLOSE_QUOTES = "\"'”’»`";

    private CommandText() {}

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Trimmed, every run of whitespace (line breaks and no-break spaces too) one space. */
    static String collapse(String s) {
        var out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) out.append(' ');
                pendingSpace = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The text without one pair of surrounding quotes ("…", “…”, '…', ‘…’, «…», `…`). */
    static String unquote(String s) {
        if (s.length() >= 2) {
            int open = OPEN_QUOTES.indexOf(s.charAt(0));
            if (open >= 0 && CLOSE_QUOTES.indexOf(s.charAt(s.length() - 1)) == open) {
                return s.substring(1, s.length() - 1);
            }
        }
        return s;
    }

    static int skipSpaceBack(String s, int end) {
        while (end > 0 && isSpace(s.charAt(end - 1))) end--;
        return end;
    }

    /** Before any commas, "and", "&" or "&amp;" (and spaces) that end at {@code end}. */
    static int skipSeparatorsBack(String s, int end) {
        int at = end;
        while (true) {
            int next = skipSpaceBack(s, at);
            if (next > 0 && s.charAt(next - 1) == ',') {
                at = next - 1;
            } else if (endsWithWord(s, next, "and")) {
                at = next - 3;
            } else if (endsWithWord(s, next, "&amp;")) {
                at = next - 5;
            } else if (endsWithWord(s, next, "&")) {
                at = next - 1;
            } else {
                return next;
            }
        }
    }

    private static boolean endsWithWord(String s, int end, String word) {
        int start = end - word.length();
        if (start < 0 || !s.regionMatches(true, start, word, 0, word.length())) return false;
        return start == 0 || isSpace(s.charAt(start - 1)) || s.charAt(start - 1) == ',';
    }

    /**
     * Where the Slack mention {@code <@U123>} or {@code <@U123|name>} that ends just before {@code
     * end} starts, or -1. The id is U or W and then upper-case letters and digits.
     */
    static int mentionEndingAt(String s, int end) {
        if (end < 1 || s.charAt(end - 1) != '>') return -1;
        int start = s.lastIndexOf("<@", end - 2);
        if (start < 0) return -1;
        int idEnd = idEnd(s, start);
        if (idEnd < 0) return -1;
        if (idEnd == end - 1) return start;
        // "<@U1|dana>": the label runs to the '>' and holds no '<' or '>'.
        if (s.charAt(idEnd) != '|') return -1;
        for (int i = idEnd + 1; i < end - 1; i++) {
            if (s.charAt(i) == '<' || s.charAt(i) == '>') return -1;
        }
        return start;
    }

    static String mentionId(String s, int start) {
        return s.substring(start + 2, idEnd(s, start));
    }

    /** The end of the user id of a mention at {@code start}, or -1 when there is none. */
    private static int idEnd(String s, int start) {
        int i = start + 2;
        if (i >= s.length() || (s.charAt(i) != 'U' && s.charAt(i) != 'W')) return -1;
        i++;
        int from = i;
        while (i < s.length() && isIdChar(s.charAt(i))) i++;
        return i > from && i < s.length() ? i : -1;
    }

    private static boolean isIdChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
