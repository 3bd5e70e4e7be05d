package dev.mlidea.conversations.rituals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class MetricTrendProperties {

    @Property
    void one_line_of_at_most_five_values_and_an_arrow_only_when_two_numbers_are_shown(
            @ForAll("checkIns") @Size(max = 12) List<CheckIn> checkIns) {
        String line = MetricTrend.render(checkIns);

        assertThat(line).doesNotContain("\n");
        List<CheckIn> shown = MetricTrend.shown(checkIns);
        assertThat(shown).hasSizeLessThanOrEqualTo(MetricTrend.SHOWN);
        long numbers = shown.stream().filter(c -> c.number().isPresent()).count();
        assertThat(MetricTrend.direction(checkIns).isPresent()).isEqualTo(numbers >= 2);
        MetricTrend.direction(checkIns).ifPresent(d -> assertThat(line).endsWith(" " + d.arrow()));
    }

    @Provide
    Arbitrary<List<CheckIn>> checkIns() {
        Arbitrary<LocalDate> dates = Arbitraries.integers()
                .between(0, 60)
                .map(d -> LocalDate.of(2026, 1, 1).plusDays(d));
        Arbitrary<String> texts =
                Arbitraries.strings().withChars("ab %\n\t→↑🙂").ofMaxLength(60);
        Arbitrary<Optional<BigDecimal>> numbers = Arbitraries.bigDecimals()
                .between(BigDecimal.valueOf(-1000), BigDecimal.valueOf(1000))
                .ofScale(2)
                .optional(0.7);
        return Combinators.combine(dates, texts, numbers).as(CheckIn::new).list();
    }
}
