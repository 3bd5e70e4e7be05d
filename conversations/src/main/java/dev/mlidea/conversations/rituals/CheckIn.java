package dev.mlidea.conversations.rituals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One metric check-in: the day, what the person wrote ("18% on the benchmark"), and the number in it
 * when there is one. The text is as typed: whoever shows it escapes it.
 */
public record CheckIn(LocalDate date, String text, Optional<BigDecimal> number) {

    public CheckIn {
        Objects.requireNonNull(date);
        Objects.requireNonNull(text);
        Objects.requireNonNull(number);
    }

    public static CheckIn of(LocalDate date, String text, BigDecimal number) {
        return new CheckIn(date, text, Optional.of(number));
    }

    public static CheckIn textOnly(LocalDate date, String text) {
        return new CheckIn(date, text, Optional.empty());
    }
}
