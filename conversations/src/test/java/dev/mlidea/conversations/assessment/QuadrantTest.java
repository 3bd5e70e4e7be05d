package dev.mlidea.conversations.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuadrantTest {

    @Test
    void the_quadrant_threshold_is_three_and_inclusive() {
        assertThat(Quadrant.HIGH_THRESHOLD).isEqualTo(3.0);
        assertThat(Quadrant.of(3.0, 3.0)).isEqualTo(Quadrant.DO_IT_NOW);
        assertThat(Quadrant.of(3.0, 2.9)).isEqualTo(Quadrant.BIG_BET);
        assertThat(Quadrant.of(2.9, 3.0)).isEqualTo(Quadrant.CHEAP_WIN);
        assertThat(Quadrant.of(2.9, 2.9)).isEqualTo(Quadrant.DONT_YET);
    }

    @Test
    void quadrants_are_labelled_as_the_product_says() {
        assertThat(Quadrant.DO_IT_NOW.label()).isEqualTo("Do it now");
        assertThat(Quadrant.BIG_BET.label()).isEqualTo("Big bet — de-risk first");
        assertThat(Quadrant.CHEAP_WIN.label()).isEqualTo("Low impact — reconsider");
        assertThat(Quadrant.DONT_YET.label()).isEqualTo("Low impact and hard — don't (yet)");
    }

    @Test
    void low_impact_is_never_called_a_win() {
        for (var quadrant : Quadrant.values()) {
            assertThat(quadrant.label()).doesNotContainIgnoringCase("win");
        }
        assertThat(Quadrant.CHEAP_WIN.label()).startsWith("Low impact");
        assertThat(Quadrant.DONT_YET.label()).startsWith("Low impact");
    }
}
