package dev.mlidea.bot.slack;

/**
 * Text people typed, made storable before it is recorded. PostgreSQL's {@code text} cannot hold NUL
 * and UTF-8 cannot encode a lone UTF-16 surrogate, so one such character in a reply made the answer
 * impossible to store. Everything else a person can type, emoji and any script included, is kept.
 */
public final class SlackText {
    /** Stands in for half an emoji: the reader sees that something was there. */
    static final char REPLACEMENT = '\uFFFD';

    private SlackText() {}

    /**
     * {@code text} without NUL and the other C0 control characters except tab and line feed; a
     * carriage return (alone or before a line feed) becomes one line feed, and a surrogate without
     * its other half becomes {@link #REPLACEMENT}. Null stays null.
     */
    public static String storable(String text) {
        if (text == null || isStorable(text)) return text;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') out.append('\n');
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(REPLACEMENT);
            } else if (!isDropped(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@link #storable} would return {@code text} unchanged; most replies are, and cost no copy. */
    static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || isDropped(c)) return false;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDropped(char c) {
        return c < 0x20 && c != '\n' && c != '\t';
    }
}
