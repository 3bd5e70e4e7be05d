package dev.mlidea.conversations.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerdictTest {

    @Test
    void every_quadrant_scoring_model_1_stored_is_read_back_with_its_position_on_the_matrix() {
        for (var quadrant : Quadrant.values()) {
            assertThat(Verdict.stored(quadrant.name(), false)).contains(new Verdict.OnTheMatrix(quadrant));
        }
    }

    @Test
    void model_1s_dont_build_stored_as_dont_yet_with_its_flag_is_read_back_as_dont_build() {
        assertThat(Verdict.stored("DONT_YET", true)).contains(new Verdict.DontBuildYet());
    }

    @Test
    void model_2s_gates_are_stored_by_name_and_read_back() {
        for (var gate : Gate.values()) {
            var verdict = new Verdict.NotYet(gate);

            assertThat(verdict.id()).isEqualTo("NOT_YET_" + gate.name());
            assertThat(Verdict.stored(verdict.id(), false)).contains(verdict);
            assertThat(verdict.label()).isEqualTo("Not yet — " + gate.label());
        }
    }

    @Test
    void an_id_this_build_does_not_know_is_not_guessed() {
        assertThat(Verdict.stored("SOMETHING_NEWER", false)).isEmpty();
        assertThat(Verdict.stored("NOT_YET_SOMETHING", false)).isEmpty();
    }

    @Test
    void every_gate_names_what_unblocks_it_in_one_sentence() {
        for (var gate : Gate.values()) {
            assertThat(gate.unblockedBy()).matches("[A-Z][^\\n]*[.?]").containsIgnoringCase("unblock");
        }
    }
}
