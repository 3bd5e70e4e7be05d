package dev.mlidea.bot.portfolio;

import dev.mlidea.bot.blocks.BlockLimits;
import dev.mlidea.conversations.portfolio.Section;
import java.util.function.Function;

/**
 * One list of the summary as mrkdwn: a bold heading with the full count, a line per named item while
 * the section and the whole message have room, and one last line for the rest: those cut and those
 * that may not be named here ("…and 7 more (2 in private channels)").
 */
final class ListSection {
    /** Lines one list shows before "…and N more": a summary is read at a glance. */
    static final int LINES_PER_LIST = 8;

    /**
     * Lines all lists together show, so a busy week still reads as a summary; the later lists (kills,
     * trends) still get {@link #LINES_AT_LEAST} each when the earlier ones used up the rest.
     */
    static final int LINES_IN_ALL = 30;

    static final int LINES_AT_LEAST = 3;

    /** Room left in a section's text for the heading and the last line. */
    private static final int RESERVE = 200;

    private int linesLeft = LINES_IN_ALL;

    /**
     * The section's text, or nothing when the list is empty.
     *
     * @param noun what the list counts, singular ("project", "move")
     */
    <T> String render(String heading, String noun, Section<T> section, Function<T, String> line) {
        if (section.isEmpty()) return "";
        var text = new StringBuilder("*")
                .append(heading)
                .append("* (")
                .append(section.count())
                .append(')');
        int room = Math.max(LINES_AT_LEAST, Math.min(LINES_PER_LIST, linesLeft));
        int shown = 0;
        for (T item : section.named()) {
            if (shown == room) break;
            String next = "\n• " + line.apply(item);
            if (text.length() + next.length() > BlockLimits.SECTION_TEXT - RESERVE) break;
            text.append(next);
            shown++;
        }
        linesLeft = Math.max(0, linesLeft - shown);
        String rest = rest(section.named().size() - shown, section.hidden(), shown > 0, noun);
        if (!rest.isEmpty()) text.append("\n• ").append(rest);
        return text.toString();
    }

    /** "…and 5 more", "…and 3 more (2 in private channels)", "2 projects in private channels". */
    static String rest(int cut, int hidden, boolean anyShown, String noun) {
        int more = cut + hidden;
        if (more == 0) return "";
        String count = anyShown ? "…and " + more + " more" : more + " " + plural(more, noun);
        if (hidden == 0) return count;
        if (hidden == more) return count + " in private channels";
        return count + " (" + hidden + " in private channels)";
    }

    static String plural(int n, String noun) {
        return n == 1 ? noun : noun + "s";
    }
}
