package dev.mlidea.conversations.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreTest {

    @Test
    void the_value_is_the_sum_of_the_contributions_rounded_to_one_decimal() {
        var score = Score.of(List.of(
                new Contribution("starting_point", 4.0, "starts at 4.0"),
                Contribution.of("accuracy_requirement", -1.6, "accuracy requirement 5/5"),
                Contribution.of("data_availability", -0.5, "data availability 2/5"),
                Contribution.of("x", 0.24, "something small")));

        assertThat(score.value()).isEqualTo(2.1);
        assertThat(score.clamped()).isFalse();
    }

    @Test
    void the_value_is_held_between_one_and_five_and_the_explanation_says_so() {
        var low = Score.of(List.of(Contribution.of("a", -0.8, "autonomous with no human guardrails")));
        var high = Score.of(List.of(Contribution.of("b", 6.3, "a lot")));

        assertThat(low.value()).isEqualTo(1.0);
        assertThat(low.raw()).isEqualTo(-0.8);
        assertThat(low.explain("feasibility"))
                .isEqualTo("feasibility 1.0 (−0.8, held at the 1.0 floor): autonomous with no human guardrails (−0.8)");
        assertThat(high.value()).isEqualTo(5.0);
        assertThat(high.explain("impact")).startsWith("impact 5.0 (6.3, held at the 5.0 ceiling): a lot (+6.3)");
    }

    @Test
    void the_explanation_lists_every_contribution_in_plain_words() {
        var score = Score.of(List.of(
                new Contribution("starting_point", 4.0, "starts at 4.0"),
                Contribution.of("accuracy_requirement", -1.6, "accuracy requirement 5/5"),
                Contribution.of("data_availability", -0.5, "data availability 2/5"),
                Contribution.of("archetype", 0.0, "Software 2.0")));

        assertThat(score.explain("feasibility"))
                .isEqualTo("feasibility 1.9: starts at 4.0; accuracy requirement 5/5"
                        + " (−1.6); data availability 2/5 (−0.5); Software 2.0 (0.0)");
    }

    @Test
    void a_contribution_explains_itself_with_its_signed_points() {
        assertThat(Contribution.of("accuracy_requirement", -1.6, "accuracy requirement 5/5")
                        .explanation())
                .isEqualTo("accuracy requirement 5/5: −1.6");
        assertThat(Contribution.of("data_flywheel", 0.5, "full data flywheel").phrase())
                .isEqualTo("full data flywheel (+0.5)");
        assertThat(new Contribution("custom", 1.0, "written by hand").phrase()).isEqualTo("written by hand");
    }

    @Test
    void a_stored_score_is_normalised_when_read_back() {
        assertThat(new Score(3.14159, List.of()).value()).isEqualTo(3.1);
        assertThat(new Score(0.2, List.of()).value()).isEqualTo(1.0);
    }

    @Test
    void a_score_kept_without_its_contributions_is_not_called_clamped() {
        var stored = new Score(3.4, List.of());

        assertThat(stored.raw()).isEqualTo(3.4);
        assertThat(stored.clamped()).isFalse();
        assertThat(stored.explain("impact")).isEqualTo("impact 3.4");
    }
}
