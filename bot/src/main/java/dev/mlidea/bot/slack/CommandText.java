package dev.mlidea.bot.slack;

import dev.mlidea.bot.portfolio.ProjectListMessages;
import dev.mlidea.conversations.rituals.ProjectReference;
import dev.mlidea.conversations.rituals.Stage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the text after {@code /mlidea} asks for. Anything that is not a subcommand is a project title;
 * a lone word within two typos of a subcommand ("hlep", "--help") is taken as a mistyped command.
 */
sealed interface CommandText {
    List<String> SUBCOMMANDS = List.of("help", "list", "portfolio", "stage", "settings", "owners", "more");

    record NewProject(String title) implements CommandText {}

    /**
     * {@code owners <project> @person …}: adds co-owners. {@code project} is what names the project (a
     * short id or the start of its title); {@code userIds} the people mentioned, in order, without repeats.
     */
    record Owners(String project, List<String> userIds) implements CommandText {}

    /**
     * {@code more [project]}: the rest of the full intake. Which project, if any, is decided against the
     * workspace's projects: "More accurate churn model" is a title unless a project is called that.
     */
    record More(String project, String wholeText) implements CommandText {}

    /**
     * {@code stage <project> <stage>}: moves a project. {@code project} names it (a short id or the start
     * of its title); the stage is its id or label in any case ("production", "In production" ends in it).
     */
    record MoveStage(String project, Stage stage) implements CommandText {}

    /** {@code stage <project> reopen}: undoes a kill, back to the stage the project was killed from. */
    record Reopen(String project) implements CommandText {}

    /** {@code /mlidea portfolio}: the summary now, for the one who asked. */
    record Portfolio() implements CommandText {}

    /** {@code /mlidea list [mine|all]}: the projects, a page at a time; all when not said. */
    record ListProjects(ProjectListMessages.Scope scope) implements CommandText {}

    /** {@code settings}: the workspace settings modal. */
    record Settings() implements CommandText {}

    /** Usage; {@code unknown} is the word that was not understood, or empty. */
    record Help(String unknown) implements CommandText {}

    /** Reads the text in linear time: one split at runs of white space (a plain {@code \s+}), no other regex. */
    static CommandText parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) return new NewProject("");
        String lower = trimmed.toLowerCase(Locale.ROOT);
        String first = lower.split("\\s+", 2)[0];
        if (first.equals("help") || first.equals("-h") || first.equals("--help") || first.equals("?")) {
            return new Help("");
        }
        if (first.equals("owners")) {
            var named = ProjectReference.splitMentions(trimmed.substring("owners".length()));
            if (!named.userIds().isEmpty()) return new Owners(named.project(), named.userIds());
            // "@sam" typed but not turned into a mention is a failed owners command; anything else a title.
            boolean triedToMention = trimmed.indexOf('@') >= 0;
            if (triedToMention || trimmed.split("\\s+").length == 1) return new Help("owners");
            return new NewProject(trimmed);
        }
        if (first.equals("stage")) {
            var parts = ProjectReference.splitLastWord(trimmed.substring("stage".length()));
            String word = parts.word().toLowerCase(Locale.ROOT);
            Optional<Stage> stage = Stage.parse(word);
            boolean named = !parts.project().isEmpty();
            if (named && stage.isPresent()) return new MoveStage(parts.project(), stage.get());
            if (named && word.equals(REOPEN)) return new Reopen(parts.project());
            // A title that merely starts with "stage" ("Stage lighting control with RL") stays a title;
            // anything shorter, or ending in something like a stage, is a stage command gone wrong.
            String[] words = lower.split("\\s+");
            boolean looksLikeAStage = STAGES.stream().anyMatch(s -> isTypo(word, s) || isStart(word, s));
            if (words.length <= 3 || looksLikeAStage || word.equals(REOPEN)) return new Help("stage");
            return new NewProject(trimmed);
        }
        if (lower.equals("settings")) return new Settings();
        if (first.equals("more"))
            return new More(trimmed.substring("more".length()).strip(), trimmed);
        String[] words = lower.split("\\s+");
        if (words.length == 1 && first.equals("portfolio")) return new Portfolio();
        if (first.equals("list") && words.length == 1) return new ListProjects(ProjectListMessages.Scope.ALL);
        if (first.equals("list") && words.length == 2) {
            var scope = ProjectListMessages.Scope.parse(words[1]);
            if (scope.isPresent()) return new ListProjects(scope.get());
        }
        boolean oneWord = words.length == 1;
        if (!oneWord) return new NewProject(trimmed); // "Portfolio optimisation with RL" is a title
        if (SUBCOMMANDS.contains(lower)) return new Help(lower);
        if (lower.startsWith("-") || SUBCOMMANDS.stream().anyMatch(s -> isTypo(lower, s))) return new Help(trimmed);
        return new NewProject(trimmed);
    }

    List<String> STAGES = Arrays.stream(Stage.values()).map(Stage::id).toList();

    /** The word after the project in {@code stage <project> reopen}. */
    String REOPEN = "reopen";

    /** "prod", "dep", "train": the start of a stage's id, three letters or more. */
    private static boolean isStart(String word, String stage) {
        return word.length() >= 3 && stage.startsWith(word);
    }

    /** One slip (two for long words), counting a swap of neighbours as one: "hlep", "portfolo". */
    private static boolean isTypo(String word, String command) {
        int allowed = command.length() >= 6 ? 2 : 1;
        // The distance is at least the difference in length: a 40,000-character title needs no table.
        boolean closeInLength = Math.abs(word.length() - command.length()) <= allowed;
        return word.length() >= 3 && closeInLength && distance(word, command) <= allowed;
    }

    /** Optimal string alignment distance: edits, with a transposition of neighbours as one edit. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
