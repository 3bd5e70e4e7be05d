package dev.mlidea.bot.portfolio;

import dev.mlidea.bot.blocks.Mrkdwn;
import dev.mlidea.conversations.portfolio.WeeklySummary.Entry;
import java.util.Map;
import java.util.UUID;

/**
 * A project's name in a summary line: its title, bold, linked to its thread when the link is known,
 * with its short id ({@code #3f9a2c}) for the commands that take one.
 */
final class ProjectNames {
    /** Long enough for any real title; thirty of them still fit in one message. */
    static final int TITLE_MAX = 80;

    /** Thread permalinks are about 80 characters; anything much longer is not one. */
    private static final int LINK_MAX = 400;

    private final Map<UUID, String> links;

    ProjectNames(Map<UUID, String> links) {
        this.links = Map.copyOf(links);
    }

    String name(Entry project) {
        String title = label(project.title());
        String link = links.get(project.id());
        String name = usable(link) ? "<" + link + "|" + title + ">" : title;
        return "*" + name + "* `#" + Mrkdwn.escape(project.shortId()) + "`";
    }

    /**
     * The title as a link label: one line, escaped, cut, and without {@code |}, which would end the
     * label early in Slack's link syntax ({@code >} and {@code <} are already entities).
     */
    static String label(String title) {
        String line = oneLine(title).replace('|', '¦');
        return line.isEmpty() ? "(untitled)" : Mrkdwn.escapeAndFit(line, TITLE_MAX);
    }

    /**
     * Typed text on one line: control and format characters (line breaks, bidi overrides, zero-width
     * joiners aside) become spaces, and runs of spaces one.
     */
    static String oneLine(String text) {
        var out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean blank = Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.CONTROL
                    || (Character.getType(c) == Character.FORMAT && c != '\u200d');
            if (blank) {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Only a plain https address goes between {@code <} and {@code |}: nothing in it may end the link. */
    private static boolean usable(String link) {
        if (link == null || !link.startsWith("https://") || link.length() > LINK_MAX) return false;
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == '|' || c == 0x7f) return false;
        }
        return true;
    }
}
