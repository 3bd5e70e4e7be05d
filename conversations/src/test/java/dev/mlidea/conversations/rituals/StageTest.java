package dev.mlidea.conversations.rituals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StageTest {

    @Test
    void ids_are_the_stable_lower_case_names() {
        assertThat(Arrays.stream(Stage.values()).map(Stage::id))
                .containsExactly("planning", "data", "training", "deploying", "production", "paused", "killed");
    }

    @Test
    void parse_takes_ids_and_labels_in_any_case_with_any_whitespace() {
        assertThat(Stage.parse("data")).contains(Stage.DATA);
        assertThat(Stage.parse("  TRAINING\n")).contains(Stage.TRAINING);
        assertThat(Stage.parse("In   production")).contains(Stage.PRODUCTION);
        assertThat(Stage.parse("Production")).contains(Stage.PRODUCTION);
        assertThat(Stage.parse("Killed")).contains(Stage.KILLED);
        for (Stage stage : Stage.values()) {
            assertThat(Stage.parse(stage.id())).contains(stage);
            assertThat(Stage.parse(stage.label().toUpperCase())).contains(stage);
        }
    }

    @Test
    void parse_refuses_anything_else() {
        assertThat(Stage.parse("")).isEmpty();
        assertThat(Stage.parse(null)).isEmpty();
        assertThat(Stage.parse("prod")).isEmpty();
        assertThat(Stage.parse("data!")).isEmpty();
        assertThat(Stage.parse("stalled")).isEmpty();
    }

    @Test
    void only_planning_to_production_are_lifecycle_stages() {
        assertThat(Arrays.stream(Stage.values()).filter(Stage::isLifecycle))
                .containsExactly(Stage.PLANNING, Stage.DATA, Stage.TRAINING, Stage.DEPLOYING, Stage.PRODUCTION);
    }
}
