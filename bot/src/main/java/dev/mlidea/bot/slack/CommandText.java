package dev.mlidea.bot.slack;

import java.util.List;
import java.util.Locale;

/**
 * What the text after {@code /mlidea} asks for. Anything that is not a subcommand is a project title;
 * a lone word within two typos of a subcommand ("hlep", "--help") is taken as a mistyped command.
 */
sealed interface CommandText {
    List<String> SUBCOMMANDS = List.of("help", "list", "portfolio", "stage", "settings");

    record NewProject(String title) implements CommandText {}

    /** Usage; {@code unknown} is the word that was not understood, or empty. */
    record Help(String unknown) implements CommandText {}

    static CommandText parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) return new NewProject("");
        String lower = trimmed.toLowerCase(Locale.ROOT);
        String first = lower.split("\\s+", 2)[0];
        if (first.equals("help") || first.equals("-h") || first.equals("--help") || first.equals("?")) {
            return new Help("");
        }
        if (SUBCOMMANDS.contains(first)) return new Help(first);
        boolean oneWord = !lower.contains(" ");
        if (oneWord && (lower.startsWith("-") || SUBCOMMANDS.stream().anyMatch(s -> distance(s, lower) <= 2 && lower.length() >= 3))) {
            return new Help(trimmed);
        }
        return new NewProject(trimmed);
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
