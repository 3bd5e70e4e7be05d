package dev.mlidea.conversations.rituals;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the number of a metric check-in as people type it: {@code 23}, {@code 23.5}, {@code 23,5},
 * {@code 1,234.5}, {@code 23 %}, {@code -0.4}. Anything else (words, two numbers, an exponent) is not
 * a number: the bot asks again rather than guess, since a wrong number bends the trend.
 */
public final class MetricValue {
    /** Longer than any metric anyone types; keeps absurd input out of the database. */
    public static final int MAX_LENGTH = 30;

    private static final Pattern PLAIN = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[-+]?[1-9]\\d{0,2}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d+,\\d+");

    private MetricValue() {}

    /** The number typed, if {@code typed} is one number (with an optional % after it). */
    public static Optional<BigDecimal> parse(String typed) {
        if (typed == null) return Optional.empty();
        String t = typed.strip();
        if (t.isEmpty() || t.length() > MAX_LENGTH) return Optional.empty();
        if (t.endsWith("%")) t = t.substring(0, t.length() - 1).strip();
        if (PLAIN.matcher(t).matches()) return Optional.of(new BigDecimal(t));
        if (GROUPED.matcher(t).matches()) return Optional.of(new BigDecimal(t.replace(",", "")));
        if (DECIMAL_COMMA.matcher(t).matches()) return Optional.of(new BigDecimal(t.replace(',', '.')));
        return Optional.empty();
    }
}
