package dev.mlidea.conversations.intake;

import java.util.Set;

/** Something an owner did in the intake thread. */
public sealed interface IntakeInput {

    /** The value of a multi-select question's Done button. */
    String DONE = "_done";

    /** A thread reply: an answer, or one of the control words skip, back, cancel, help. */
    record Typed(String text) implements IntakeInput {}

    /** A button on the question with this key: a choice id, a scale value "1".."5", or {@link #DONE}. */
    record Clicked(String questionKey, String value) implements IntakeInput {}

    /** The checkboxes of a multi-select question now show these choice ids ticked. */
    record Toggled(String questionKey, Set<String> selected) implements IntakeInput {
        public Toggled {
            selected = Set.copyOf(selected);
        }
    }
}
