package dev.mlidea.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlackTextTest {

    @Test
    void a_nul_is_dropped() {
        assertThat(SlackText.storable("Tickets\u0000 pile up")).isEqualTo("Tickets pile up");
    }

    @Test
    void control_characters_are_dropped_but_tabs_and_line_feeds_stay() {
        assertThat(SlackText.storable("a\u0001b\u0007c\u001Bd\u001Fe\tf\ng")).isEqualTo("abcde\tf\ng");
    }

    @Test
    void a_carriage_return_becomes_one_line_feed() {
        assertThat(SlackText.storable("one\r\ntwo\rthree\n\rfour")).isEqualTo("one\ntwo\nthree\n\nfour");
    }

    @Test
    void a_lone_surrogate_becomes_the_replacement_character() {
        assertThat(SlackText.storable("half \uD83D emoji")).isEqualTo("half \uFFFD emoji");
        assertThat(SlackText.storable("\uDE80 first")).isEqualTo("\uFFFD first");
        assertThat(SlackText.storable("last \uD83D")).isEqualTo("last \uFFFD");
        assertThat(SlackText.storable("\uDE80\uD83D")).isEqualTo("\uFFFD\uFFFD");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "plain text",
                "\uD83D\uDE80 launch \uD83D\uDC4D\uD83C\uDFFD",
                "\u00E9l\u00E8ve \u4E2D\u6587 \u0627\u0644\u0639\u0631\u0628\u064A\u0629",
                "tab\tand\nline",
                "<@U123|dana> & <!channel>",
                "\u007F\u0085\u00A0\u200B\uFEFF\uFFFF",
                ""
            })
    void anything_storable_is_kept_as_it_is(String text) {
        assertThat(SlackText.storable(text)).isSameAs(text);
    }

    @Test
    void null_stays_null() {
        assertThat(SlackText.storable(null)).isNull();
    }
}
