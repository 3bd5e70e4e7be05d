package dev.mlidea.conversations.intake;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Replies as long as Slack allows (40,000 characters) and shaped to hurt a parser: any UTF-16 unit
 * (lone surrogates and control characters included), emoji, and one unit repeated thousands of
 * times. jqwik's own strings stop at 255 characters, far too short to find a stack overflow.
 */
final class HostileTexts {

    static final int SLACK_MAX = 40_000;

    /** Units a reply repeats: list separators, numbers, mentions, quotes, escapes, emoji, controls. */
    private static final List<String> UNITS = List.of(
            " 2",
            "1,",
            "and ",
            "1 and ",
            "&amp;",
            "<@U1|",
            "<@U",
            "<@W9Z>",
            "*.",
            "\"",
            "#1 ",
            "four out of ",
            "4/",
            " ",
            "\n",
            "\r\n",
            "\u0000",
            "\u0007",
            "\uD83D\uDE80",
            "\uD83D",
            "\uDE80",
            "x",
            "\u00A0",
            "\u2019");

    private HostileTexts() {}

    /** Anything, up to Slack's limit. */
    static Arbitrary<String> replies() {
        return Arbitraries.oneOf(anyUnits(), fromParserAlphabet(), repeated(), withEmoji());
    }

    /** One unit repeated, behind a short start, as long as the limit or far beyond it. */
    static Arbitrary<String> repeated() {
        Arbitrary<String> start = Arbitraries.of("", "1", "friction", "4", "<@U1> ", "none, ");
        return Arbitraries.oneOf(repeatedUpTo(start, AnswerParser.MAX_ANSWER_LENGTH), repeatedUpTo(start, SLACK_MAX));
    }

    private static Arbitrary<String> repeatedUpTo(Arbitrary<String> start, int length) {
        return Arbitraries.of(UNITS)
                .flatMap(unit -> start.flatMap(s -> Arbitraries.integers()
                        .between(0, (length - s.length()) / unit.length())
                        .map(n -> s + unit.repeat(n))));
    }

    private static Arbitrary<String> anyUnits() {
        return Arbitraries.strings().all().ofMaxLength(SLACK_MAX);
    }

    /** Only the characters the parser cares about, so that numbers, separators and "and" abound. */
    private static Arbitrary<String> fromParserAlphabet() {
        return Arbitraries.strings()
                .withChars("0123456789 ,;&/+\n\r\t<>@|UW#and.*\"'`_~?!")
                .ofMaxLength(SLACK_MAX);
    }

    private static Arbitrary<String> withEmoji() {
        return Arbitraries.of("\uD83D\uDE80", "\uD83D\uDC4D\uD83C\uDFFD", "\u00E9", "\u4E2D", " ", "1", ",", "and")
                .list()
                .ofMaxSize(SLACK_MAX / 4)
                .map(parts -> String.join("", parts));
    }
}
