package dev.mlidea.conversations.rituals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricTrendTest {
    private static final LocalDate D = LocalDate.of(2026, 3, 2);

    private static CheckIn n(int day, String text, String number) {
        return CheckIn.of(D.plusDays(day), text, new BigDecimal(number));
    }

    @Test
    void numbers_with_an_arrow_from_the_last_two() {
        List<CheckIn> up = List.of(n(0, "12%", "12"), n(7, "18 %", "18"), n(14, "about 23% on the benchmark", "23"));

        assertThat(MetricTrend.render(up)).isEqualTo("12% → 18% → 23% ↑");
        assertThat(MetricTrend.render(List.of(n(0, "0.81 F1", "0.81"), n(7, "0.790", "0.790"))))
                .isEqualTo("0.81 → 0.79 ↓");
        assertThat(MetricTrend.render(List.of(n(0, "40", "40"), n(7, "40.0", "40.0"))))
                .isEqualTo("40 → 40 →");
        assertThat(MetricTrend.direction(up)).contains(MetricTrend.Direction.UP);
    }

    @Test
    void at_most_the_last_five_by_date() {
        List<CheckIn> seven = List.of(
                n(6, "7", "7"),
                n(0, "1", "1"),
                n(1, "2", "2"),
                n(2, "3", "3"),
                n(3, "4", "4"),
                n(4, "5", "5"),
                n(5, "6", "6"));

        assertThat(MetricTrend.render(seven)).isEqualTo("3 → 4 → 5 → 6 → 7 ↑");
    }

    @Test
    void text_is_shown_when_there_is_no_number_and_the_arrow_uses_the_last_two_numbers() {
        List<CheckIn> mixed = List.of(
                n(0, "12%", "12"), n(7, "9%", "9"), CheckIn.textOnly(D.plusDays(14), "blocked on  labels\n*again*"));

        assertThat(MetricTrend.render(mixed)).isEqualTo("12% → 9% → blocked on labels *again* ↓");
    }

    @Test
    void no_arrow_with_fewer_than_two_numbers_and_nothing_for_no_check_ins() {
        assertThat(MetricTrend.render(List.of(n(0, "12%", "12")))).isEqualTo("12%");
        assertThat(MetricTrend.render(List.of(CheckIn.textOnly(D, "<b>&</b>"), n(1, "3", "3"))))
                .isEqualTo("<b>&</b> → 3");
        assertThat(MetricTrend.render(List.of())).isEmpty();
        assertThat(MetricTrend.direction(List.of())).isEmpty();
    }

    @Test
    void long_text_is_cut_without_splitting_an_emoji() {
        String text = "🙂".repeat(50);

        String shown = MetricTrend.render(List.of(CheckIn.textOnly(D, text)));

        assertThat(shown.codePointCount(0, shown.length())).isEqualTo(MetricTrend.TEXT_MAX);
        assertThat(shown).endsWith("🙂…");
    }
}
