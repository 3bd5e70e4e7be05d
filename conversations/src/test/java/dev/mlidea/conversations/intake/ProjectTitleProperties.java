package dev.mlidea.conversations.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class ProjectTitleProperties {
    private static final Pattern LINE_BREAK_OR_CONTROL = Pattern.compile("\\R|\\p{Cc}");

    @Property
    void any_problem_gives_one_short_line_that_is_never_blank(@ForAll @StringLength(max = 40_000) String problem) {
        assertIsATitle(ProjectTitle.fromProblem(problem));
    }

    @Property(tries = 300)
    void problems_of_emoji_spaces_line_breaks_and_control_characters_give_one_short_line_never_blank(
            @ForAll("pasted") String problem) {
        String title = ProjectTitle.fromProblem(problem);

        assertIsATitle(title);
        assertThat(hasLoneSurrogate(title)).as("half an emoji in %s", title).isFalse();
    }

    @Property
    void a_title_read_again_as_a_problem_stays_as_it_is(@ForAll("pasted") String problem) {
        String title = ProjectTitle.fromProblem(problem);

        assertThat(ProjectTitle.fromProblem(title)).isEqualTo(title);
    }

    private static void assertIsATitle(String title) {
        assertThat(title).isNotBlank().hasSizeLessThanOrEqualTo(ProjectTitle.FROM_PROBLEM_MAX);
        assertThat(title.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)))
                .as("something to read in %s", title)
                .isTrue();
        assertThat(LINE_BREAK_OR_CONTROL.matcher(title).find())
                .as("one line: %s", title)
                .isFalse();
        assertThat(title).isEqualTo(title.strip());
    }

    /** Text as people paste it, up to 40,000 chars: words, emoji (some with joiners), breaks, NULs, tabs. */
    @Provide
    Arbitrary<String> pasted() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                Arbitraries.of(" ", "  ", "\t", "\n", "\r\n", "\u2028", "\u0085", "\u0000", "\u001b", "\u00a0"),
                Arbitraries.of("😀", "👩‍💻", "🇸🇪", "é", "日本", "\u200b"));
        return piece.list()
                .ofMaxSize(4_000)
                .edgeCases(edges -> edges.add(List.of()))
                .map(pieces -> String.join("", pieces))
                .map(s -> s.length() > 40_000 ? s.substring(0, 40_000) : s);
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) return true;
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
