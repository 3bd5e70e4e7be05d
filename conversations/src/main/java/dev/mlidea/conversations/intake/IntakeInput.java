package dev.mlidea.conversations.intake;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The intake's form (the bot's modal), submitted: question key to its values. TEXT: one text;
     * CHOICE: one choice id; SCALE: one of "1".."5"; MULTI: the choice ids ticked; PEOPLE: Slack user
     * ids. A key absent, or with an empty list, is not given here: an answer it already has stays.
     * See {@link IntakeForm}.
     */
    record Form(Map<String, List<String>> values) implements IntakeInput {
        public Form {
            var copy = new LinkedHashMap<String, List<String>>();
            values.forEach((key, list) -> copy.put(key, List.copyOf(list)));
            values = Collections.unmodifiableMap(copy);
        }
    }
}
