package dev.mlidea.bot.portfolio;

/**
 * A project title made fit to stand next to a dot: titles are user text, so line breaks, control
 * characters and bidi overrides (which would flip the rest of a label, or of the key line it sits on)
 * are dropped, runs of spaces become one, and the result is cut by code points, never inside an emoji.
 */
final class LabelText {
    /** Long enough for most project names, short enough that ten of them fit around a cluster. */
    static final int MAX_CODE_POINTS = 28;

    static final String UNTITLED = "(untitled)";
    private static final String ELLIPSIS = "…";

    private LabelText() {}

    static String of(String title) {
        return cut(clean(title), MAX_CODE_POINTS);
    }

    static String clean(String title) {
        if (title == null) return UNTITLED;
        var out = new StringBuilder(Math.min(title.length(), 4 * MAX_CODE_POINTS));
        boolean space = false;
        for (int i = 0; i < title.length(); ) {
            int cp = title.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
                space = out.length() > 0;
            } else if (!isInvisibleControl(cp)) {
                if (space) out.append(' ');
                space = false;
                out.appendCodePoint(cp);
                // A label never shows more than this, so a 40,000-character title costs no more than a short one.
                if (out.length() > 4 * MAX_CODE_POINTS) break;
            }
        }
        return out.length() == 0 ? UNTITLED : out.toString();
    }

    static String cut(String text, int maxCodePoints) {
        if (text.codePointCount(0, text.length()) <= maxCodePoints) return text;
        int end = text.offsetByCodePoints(0, maxCodePoints);
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** Lone surrogates and the bidi embeddings, overrides and isolates. Zero-width joiners stay (emoji). */
    private static boolean isInvisibleControl(int cp) {
        return (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)
                || cp == 0x200E
                || cp == 0x200F
                || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0xFEFF;
    }
}
