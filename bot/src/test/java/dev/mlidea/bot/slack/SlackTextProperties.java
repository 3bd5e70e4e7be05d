package dev.mlidea.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever Slack sends, up to its 40,000 characters, comes out storable and otherwise untouched. */
class SlackTextProperties {

    @Property(tries = 200)
    void any_text_comes_out_storable(@ForAll("slackTexts") String text) {
        String storable = SlackText.storable(text);

        assertThat(storable.chars()).noneMatch(c -> c < 0x20 && c != '\n' && c != '\t');
        assertThat(encodesAsUtf8(storable)).isTrue();
        assertThat(storable.length()).isLessThanOrEqualTo(text.length());
    }

    @Property(tries = 200)
    void making_text_storable_twice_changes_nothing(@ForAll("slackTexts") String text) {
        String once = SlackText.storable(text);
        assertThat(SlackText.storable(once)).isEqualTo(once);
    }

    @Property(tries = 200)
    void text_without_control_characters_or_broken_surrogates_is_kept_as_it_is(@ForAll("storableTexts") String text) {
        assertThat(SlackText.storable(text)).isSameAs(text);
    }

    @Property(tries = 200)
    void only_what_cannot_be_stored_changes(@ForAll("slackTexts") String text) {
        String storable = SlackText.storable(text);

        // Apart from line breaks and stand-ins, the same code points in the same order: emoji survive whole.
        assertThat(withoutBreaksAndStandIns(storable)).isEqualTo(withoutBreaksAndStandIns(text));
        assertThat(count(storable, SlackText.REPLACEMENT))
                .isEqualTo(count(text, SlackText.REPLACEMENT) + loneSurrogates(text));
    }

    private static String withoutBreaksAndStandIns(String s) {
        return s.codePoints()
                .filter(cp -> cp >= 0x20 || cp == '\t')
                .filter(cp -> !Character.isSurrogate((char) cp) || Character.isSupplementaryCodePoint(cp))
                .filter(cp -> cp != SlackText.REPLACEMENT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    private static long loneSurrogates(String s) {
        return s.codePoints().filter(cp -> cp >= 0xD800 && cp <= 0xDFFF).count();
    }

    private static boolean encodesAsUtf8(String s) {
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8
                    .newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(s));
            return bytes != null;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Provide
    Arbitrary<String> slackTexts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40_000),
                Arbitraries.strings().withCharRange('\u0000', '\u0020').ofMaxLength(40_000),
                Arbitraries.strings().withChars("\u0000\r\n\t\uD83D\uDE80a ").ofMaxLength(40_000),
                storableTexts());
    }

    @Provide
    Arbitrary<String> storableTexts() {
        return Arbitraries.of(
                        "\uD83D\uDE80",
                        "\uD83D\uDC4D\uD83C\uDFFD",
                        "\uD83C\uDDEB\uD83C\uDDF7",
                        "\u00E9",
                        "\u4E2D",
                        "\u0627",
                        "a",
                        " ",
                        "\n",
                        "\t",
                        "<@U1>",
                        "&",
                        "\u007F",
                        "\u0085",
                        "\uFFFD",
                        "\u200B")
                .list()
                .ofMaxSize(10_000)
                .map(parts -> String.join("", parts));
    }
}
