package dev.mlidea.conversations.intake;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A typed rating: "4", "four", "4/5", "4 / 5", "4 of 5", "four out of five". Numbers have at most
 * three digits, so "99999999999" is not a rating rather than an overflow.
 */
record TypedRating(int value, Optional<Integer> outOf) {
    private static final List<String> WORDS = List.of("one", "two", "three", "four", "five");
    private static final List<String> OUT_OF = List.of("/", "out of", "of");
    private static final Map<String, Integer> NUMBER_WORDS =
            Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5);

    /** {@code typed} is normalised: lower case, single spaces. */
    static Optional<TypedRating> read(String typed) {
        int valueEnd = numberEnd(typed, 0, WORDS);
        if (valueEnd < 0) return Optional.empty();
        int value = numberValue(typed.substring(0, valueEnd));
        if (valueEnd == typed.length()) return Optional.of(new TypedRating(value, Optional.empty()));
        int i = skipSpace(typed, valueEnd);
        Optional<String> word =
                OUT_OF.stream().filter(w -> typed.startsWith(w, i)).findFirst();
        if (word.isEmpty()) return Optional.empty();
        int totalStart = skipSpace(typed, i + word.get().length());
        int totalEnd = numberEnd(typed, totalStart, List.of("five"));
        if (totalEnd != typed.length()) return Optional.empty();
        return Optional.of(new TypedRating(value, Optional.of(numberValue(typed.substring(totalStart)))));
    }

    /** The end of one to three digits or one of {@code words} at {@code from}; -1 if neither is there. */
    private static int numberEnd(String s, int from, List<String> words) {
        int digits = TypedScan.digitsAt(s, from);
        if (digits > TypedScan.NUMBER_DIGITS) return -1;
        if (digits > 0) return from + digits;
        return words.stream()
                .filter(w -> s.startsWith(w, from))
                .findFirst()
                .map(w -> from + w.length())
                .orElse(-1);
    }

    private static int skipSpace(String s, int i) {
        return i < s.length() && s.charAt(i) == ' ' ? i + 1 : i;
    }

    private static int numberValue(String digitsOrWord) {
        Integer word = NUMBER_WORDS.get(digitsOrWord);
        return word != null ? word : Integer.parseInt(digitsOrWord);
    }
}
