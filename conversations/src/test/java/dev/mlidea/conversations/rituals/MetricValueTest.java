package dev.mlidea.conversations.rituals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetricValueTest {

    @ParameterizedTest
    @CsvSource({
        "23, 23",
        "23.5, 23.5",
        "23%, 23",
        "' 23 % ', 23",
        "'23,5', 23.5",
        "'0,123', 0.123",
        "'1,234.5', 1234.5",
        "'12,345', 12345",
        "-0.4, -0.4",
        "+7, 7"
    })
    void reads_a_number_as_people_type_it(String typed, String expected) {
        assertThat(MetricValue.parse(typed))
                .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(expected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", " ", "about 12", "12 or 13", "1e5", "NaN", "12%%", "%", ",5", "1,2,3", "١٢", "12.", "٣"})
    void refuses_what_is_not_one_number(String typed) {
        assertThat(MetricValue.parse(typed)).isEmpty();
    }

    @Property
    void every_plain_decimal_reads_back_as_itself(
            @ForAll @BigRange(min = "-1000000", max = "1000000") @Scale(4) BigDecimal n) {
        assertThat(MetricValue.parse(n.toPlainString()))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(n));
        assertThat(MetricValue.parse(n.toPlainString() + "%"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(n));
    }

    @Property
    void never_reads_more_than_its_limit(@ForAll("long") String typed) {
        assertThat(MetricValue.parse(typed)).isEmpty();
    }

    @net.jqwik.api.Provide("long")
    net.jqwik.api.Arbitrary<String> tooLong() {
        return net.jqwik.api.Arbitraries.strings()
                .numeric()
                .ofMinLength(MetricValue.MAX_LENGTH + 1)
                .ofMaxLength(60);
    }
}
