package dev.mlidea.bot.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MrkdwnTest {
    private static final String EMOJI = "\uD83D\uDE00"; // 😀, one code point, two chars
    /** An escaped text cut well: every & starts a whole entity. */
    private static final Pattern BROKEN_ENTITY = Pattern.compile("&(?!(amp|lt|gt);)");

    @Test
    void escapes_ampersand_and_angle_brackets() {
        assertThat(Mrkdwn.escape("a & b < c > d")).isEqualTo("a &amp; b &lt; c &gt; d");
    }

    @Test
    void escapes_an_ampersand_once_even_when_it_looks_like_an_entity_already() {
        assertThat(Mrkdwn.escape("&amp; &lt;")).isEqualTo("&amp;amp; &amp;lt;");
    }

    @Test
    void leaves_text_without_special_characters_alone() {
        assertThat(Mrkdwn.escape("*bold* _it_ `code` :tada: " + EMOJI)).isEqualTo("*bold* _it_ `code` :tada: " + EMOJI);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<!channel>",
                "<!here>",
                "<!everyone>",
                "<@U123>",
                "<#C123>",
                "<!subteam^S123>",
                "<https://evil|innocent>",
                "<mailto:a@b.c|boss>"
            })
    void neutralises_mentions_and_forged_links(String userText) {
        String escaped = Mrkdwn.escape("hey " + userText + " there");

        assertThat(escaped).doesNotContain("<").doesNotContain(">");
        assertThat(escaped).contains("&lt;" + userText.substring(1, userText.length() - 1) + "&gt;");
    }

    @Test
    void escape_and_fit_leaves_short_text_whole() {
        assertThat(Mrkdwn.escapeAndFit("Tom & Jerry", 100)).isEqualTo("Tom &amp; Jerry");
    }

    @Test
    void escape_and_fit_counts_the_length_after_escaping() {
        // 5 characters become 25: they do not fit in 20.
        String fitted = Mrkdwn.escapeAndFit("&&&&&", 20);

        assertThat(fitted).hasSizeLessThanOrEqualTo(20).endsWith("…").isEqualTo("&amp;&amp;&amp;…");
    }

    @Test
    void escape_and_fit_never_cuts_inside_an_entity_and_never_exceeds_max() {
        String text = "a&b<c>d & <!channel> && e";
        for (int max = 1; max <= Mrkdwn.escape(text).length() + 2; max++) {
            String fitted = Mrkdwn.escapeAndFit(text, max);

            assertThat(fitted).as("max %d", max).hasSizeLessThanOrEqualTo(max);
            assertThat(BROKEN_ENTITY.matcher(fitted).find())
                    .as("broken entity in %s", fitted)
                    .isFalse();
            assertThat(fitted).as("max %d", max).doesNotContain("<").doesNotContain(">");
            String kept = fitted.endsWith("…") ? fitted.substring(0, fitted.length() - 1) : fitted;
            assertThat(Mrkdwn.escape(text)).startsWith(kept);
        }
    }

    @Test
    void escape_and_fit_drops_an_entity_that_would_straddle_the_cut() {
        // "abc&amp;" is 8 characters: with max 6 the cut would land inside "&amp;".
        assertThat(Mrkdwn.escapeAndFit("abc&def", 6)).isEqualTo("abc…");
    }

    @Test
    void escape_and_fit_keeps_an_entity_that_ends_just_before_the_cut() {
        assertThat(Mrkdwn.escapeAndFit("ab&cdef", 9)).isEqualTo("ab&amp;c…");
    }

    @Test
    void escape_and_fit_does_not_split_an_emoji() {
        String text = "ab" + EMOJI + "cd";

        String fitted = Mrkdwn.escapeAndFit(text, 4); // the cut would fall between the emoji's two halves

        assertThat(fitted).isEqualTo("ab…");
        assertHasNoLoneSurrogate(fitted);
    }

    @Test
    void escape_and_fit_of_forty_thousand_characters_fits_and_stays_harmless() {
        String huge = "<!channel> & ".repeat(40_000 / 13 + 1);

        String fitted = Mrkdwn.escapeAndFit(huge, 3000);

        assertThat(fitted).hasSizeLessThanOrEqualTo(3000).endsWith("…").doesNotContain("<!channel>");
        assertThat(BROKEN_ENTITY.matcher(fitted).find()).isFalse();
    }

    @Test
    void fit_plain_leaves_short_text_whole_and_does_not_escape() {
        assertThat(Mrkdwn.fitPlain("R&D <team>", 75)).isEqualTo("R&D <team>");
        assertThat(Mrkdwn.fitPlain("12345", 5)).isEqualTo("12345");
    }

    @Test
    void fit_plain_cuts_to_max_with_an_ellipsis() {
        assertThat(Mrkdwn.fitPlain("123456", 5)).isEqualTo("1234…").hasSize(5);
    }

    @Test
    void fit_plain_does_not_split_an_emoji_at_the_cut() {
        // max 4: "abc" + "…" would end with the emoji's high half if the cut were naive at index 3.
        String text = "abc" + EMOJI + "def";

        String fitted = Mrkdwn.fitPlain("ab" + EMOJI + "def", 4);

        assertThat(fitted).isEqualTo("ab…");
        assertHasNoLoneSurrogate(fitted);
        assertThat(Mrkdwn.fitPlain(text, 5)).isEqualTo("abc…");
        assertThat(Mrkdwn.fitPlain(text, 6)).isEqualTo("abc" + EMOJI + "…");
    }

    @Test
    void fit_plain_of_a_row_of_emoji_never_leaves_half_of_one() {
        String text = EMOJI.repeat(100);
        for (int max = 2; max <= 201; max++) {
            String fitted = Mrkdwn.fitPlain(text, max);

            assertThat(fitted).as("max %d", max).hasSizeLessThanOrEqualTo(max);
            assertHasNoLoneSurrogate(fitted);
        }
    }

    private static void assertHasNoLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertThat(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                        .as("lone high surrogate at %d in %s", i, s)
                        .isTrue();
                i++;
            } else {
                assertThat(Character.isLowSurrogate(c))
                        .as("lone low surrogate at %d in %s", i, s)
                        .isFalse();
            }
        }
    }
}
