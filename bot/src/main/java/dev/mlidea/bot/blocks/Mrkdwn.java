package dev.mlidea.bot.blocks;

/**
 * User text made safe to echo in mrkdwn: with {@code &}, {@code <} and {@code >} escaped, a typed
 * {@code <!channel>} or {@code <@U123>} pings nobody and {@code <https://evil|innocent>} forges no link.
 */
public final class Mrkdwn {
    private Mrkdwn() {}

    public static String escape(String userText) {
        return userText.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Escaped, and cut to at most {@code max} characters (after escaping) with an ellipsis. */
    public static String escapeAndFit(String userText, int max) {
        return fitEscaped(escape(userText), max);
    }

    /** Cuts escaped text without splitting an entity like {@code &amp;} or a surrogate pair. */
    public static String fitEscaped(String escaped, int max) {
        if (escaped.length() <= max) return escaped;
        int end = max - 1;
        int amp = escaped.lastIndexOf('&', end);
        if (amp >= 0 && escaped.indexOf(';', amp) >= end) end = amp;
        if (end > 0 && Character.isHighSurrogate(escaped.charAt(end - 1))) end--;
        return escaped.substring(0, end) + "…";
    }

    /** Plain text cut to {@code max} characters with an ellipsis, for plain_text fields. */
    public static String fitPlain(String text, int max) {
        if (text.length() <= max) return text;
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) end--;
        return text.substring(0, end) + "…";
    }
}
