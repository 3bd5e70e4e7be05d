package dev.mlidea.conversations.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntakeTurnTest {
    private static final List<String> OWNERS = List.of("U0OWNER", "U0COOWNER");
    private static final IntakeState ASKING_PROBLEM =
            IntakeFlow.start(IntakeMode.FULL).state();

    @Test
    void an_owners_input_moves_the_intake_as_the_flow_says() {
        var typed = new IntakeInput.Typed("Invoices are matched by hand");

        assertThat(IntakeTurn.of(OWNERS, "U0COOWNER", ASKING_PROBLEM, typed))
                .isEqualTo(new IntakeTurn.Taken(IntakeFlow.handle(ASKING_PROBLEM, typed)));
    }

    @Test
    void what_anyone_else_types_in_the_thread_is_discussion() {
        assertThat(IntakeTurn.of(OWNERS, "U0STRANGER", ASKING_PROBLEM, new IntakeInput.Typed("cancel")))
                .isEqualTo(new IntakeTurn.Discussion());
    }

    @Test
    void anyone_elses_click_or_tick_changes_nothing() {
        assertThat(IntakeTurn.of(OWNERS, "U0STRANGER", ASKING_PROBLEM, new IntakeInput.Clicked("problem", "x")))
                .isEqualTo(new IntakeTurn.NotAnOwner());
        assertThat(IntakeTurn.of(
                        OWNERS, "U0STRANGER", ASKING_PROBLEM, new IntakeInput.Toggled("impact.signals", Set.of())))
                .isEqualTo(new IntakeTurn.NotAnOwner());
    }
}
