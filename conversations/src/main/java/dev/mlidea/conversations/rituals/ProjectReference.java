package dev.mlidea.conversations.rituals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Which project a person meant in {@code /mlidea stage <project> <stage>} or {@code /mlidea owners
 * <project> <@someone>}. People type what they see: the short id the bot prints ({@code #3f9a2c}), or
 * the start of the title. A guess would move the wrong project, so anything short of exactly one match
 * is answered with the choices instead.
 *
 * <p>Rules, in order: the text equal to a short id (case-insensitive, with or without a leading
 * {@code #}) names the projects with that short id; otherwise quotes around the text are dropped,
 * whitespace is trimmed and collapsed, and a title equal to the text (ignoring case) wins over titles
 * that merely start with it, so that "Churn" can still name a project when "Churn v2" exists.
 */
public sealed interface ProjectReference {

    /** Exactly one project matched. */
    record Found(ProjectCandidate project) implements ProjectReference {
        public Found {
            Objects.requireNonNull(project);
        }
    }

    /** Several projects matched: the person picks one. In the order the candidates were given. */
    record Ambiguous(List<ProjectCandidate> matches) implements ProjectReference {
        public Ambiguous {
            matches = List.copyOf(matches);
        }
    }

    /** Nothing matched (or nothing was typed): every candidate, so the person can see what exists. */
    record Unknown(List<ProjectCandidate> candidates) implements ProjectReference {
        public Unknown {
            candidates = List.copyOf(candidates);
        }
    }

    /** The project part of a command and the Slack user ids mentioned at its end, in order, no repeats. */
    record ProjectAndPeople(String project, List<String> userIds) {
        public ProjectAndPeople {
            Objects.requireNonNull(project);
            userIds = List.copyOf(userIds);
        }
    }

    /** The project part of a command and its last word (a stage name, say); either may be empty. */
    record ProjectAndWord(String project, String word) {
        public ProjectAndWord {
            Objects.requireNonNull(project);
            Objects.requireNonNull(word);
        }
    }

    /** Resolves what was typed against the candidates (the workspace's projects, say). */
    static ProjectReference resolve(String typed, List<ProjectCandidate> candidates) {
        List<ProjectCandidate> all = List.copyOf(candidates);
        String text = CommandText.collapse(typed == null ? "" : typed);
        if (text.isEmpty()) return new Unknown(all);

        String maybeShortId = CommandText.lower(text.startsWith("#") ? text.substring(1) : text);
        List<ProjectCandidate> byShortId =
                all.stream().filter(c -> c.shortId().equals(maybeShortId)).toList();
        if (!byShortId.isEmpty()) return of(byShortId, all);

        String title = CommandText.lower(CommandText.collapse(CommandText.unquote(text)));
        if (title.isEmpty()) return new Unknown(all);
        List<ProjectCandidate> exact = all.stream()
                .filter(c -> CommandText.lower(CommandText.collapse(c.title())).equals(title))
                .toList();
        if (!exact.isEmpty()) return of(exact, all);
        List<ProjectCandidate> prefixed = all.stream()
                .filter(c -> CommandText.lower(CommandText.collapse(c.title())).startsWith(title))
                .toList();
        return of(prefixed, all);
    }

    private static ProjectReference of(List<ProjectCandidate> matches, List<ProjectCandidate> all) {
        if (matches.isEmpty()) return new Unknown(all);
        if (matches.size() == 1) return new Found(matches.get(0));
        return new Ambiguous(matches);
    }

    /**
     * Splits {@code "<project words> <@U1> <@U2|dana>"} into the project part and the mentioned user
     * ids. The mentions are the run at the end of the text; commas, "and" and "&" may separate them.
     * Mentions earlier in the text stay in the project part. No mention at the end: no user ids, and
     * the whole text is the project part.
     */
    static ProjectAndPeople splitMentions(String text) {
        String s = text == null ? "" : text;
        List<String> backwards = new ArrayList<>();
        int end = CommandText.skipSpaceBack(s, s.length());
        // end: where the project part ends if nothing more is taken from the tail.
        while (true) {
            int start = CommandText.mentionEndingAt(s, end);
            if (start < 0) break;
            backwards.add(CommandText.mentionId(s, start));
            end = CommandText.skipSpaceBack(s, start);
            int beforeSeparators = CommandText.skipSeparatorsBack(s, end);
            if (beforeSeparators != end && CommandText.mentionEndingAt(s, beforeSeparators) >= 0)
                end = beforeSeparators;
        }
        var ids = new LinkedHashSet<String>();
        for (int i = backwards.size() - 1; i >= 0; i--) ids.add(backwards.get(i));
        return new ProjectAndPeople(s.substring(0, end).strip(), List.copyOf(ids));
    }

    /** Splits {@code "<project words> <word>"} at its last whitespace; one word is all argument. */
    static ProjectAndWord splitLastWord(String text) {
        String s = text == null ? "" : text.strip();
        int at = s.length();
        while (at > 0 && !CommandText.isSpace(s.charAt(at - 1))) at--;
        return new ProjectAndWord(s.substring(0, at).strip(), s.substring(at));
    }
}
