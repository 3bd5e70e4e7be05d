package dev.mlidea.conversations.intake;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A project's title: the text typed after {@code /mlidea}, or, when there was none, the first line of
 * the problem once it is answered. Until then the project carries {@link #UNTITLED}.
 */
public final class ProjectTitle {
    /** What an untitled project is called until its problem is answered. */
    public static final String UNTITLED = "Untitled ML idea";
    /** Longest title taken from a problem: a card header, not a paragraph. Counted in UTF-16 chars. */
    public static final int FROM_PROBLEM_MAX = 80;

    /** A cut at a space this early would leave a stub: cut the word instead. */
    private static final int SHORTEST_WORD_CUT = 20;

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern CONTROL_OR_ODD_SPACE = Pattern.compile("[\\p{Cc}\\p{Zs}]");

    private ProjectTitle() {}

    /** The title typed after {@code /mlidea}, without surrounding spaces; empty when none was typed. */
    public static Optional<String> given(String typed) {
        String title = typed == null ? "" : typed.strip();
        return title.isEmpty() ? Optional.empty() : Optional.of(title);
    }

    /**
     * The title a project takes now that its answers changed: an untitled project takes the first line
     * of its problem once that is answered; a project with a title keeps it (empty).
     */
    public static Optional<String> taken(boolean titled, Answers answers) {
        if (titled) return Optional.empty();
        return answers.text(Questionnaire.PROBLEM).map(ProjectTitle::fromProblem);
    }

    /**
     * The first line of a problem statement, cut at a word to {@link #FROM_PROBLEM_MAX} with an
     * ellipsis. Never blank (the placeholder when the line is), never more than one line, and never
     * ends in half an emoji.
     */
    public static String fromProblem(String problem) {
        String firstLine = LINE_BREAK.split(problem.strip(), 2)[0];
        // A pasted tab or NUL would show as a box in the card's header; a no-break space alone looks blank.
        firstLine = CONTROL_OR_ODD_SPACE.matcher(firstLine).replaceAll(" ").strip();
        if (firstLine.isEmpty()) return UNTITLED;
        if (firstLine.length() <= FROM_PROBLEM_MAX) return firstLine;
        int limit = FROM_PROBLEM_MAX - 1; // room for the ellipsis
        int space = firstLine.lastIndexOf(' ', limit);
        int end = space > SHORTEST_WORD_CUT ? space : limit;
        if (Character.isLowSurrogate(firstLine.charAt(end)) && Character.isHighSurrogate(firstLine.charAt(end - 1))) {
            end--;
        }
        return firstLine.substring(0, end).stripTrailing() + "…";
    }
}
