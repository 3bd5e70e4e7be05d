package dev.mlidea.conversations.intake;

import java.util.Objects;

/** What an owner's input meant for one question: an answer, or why it could not be read. */
public sealed interface ParsedAnswer {

    record Accepted(Answer answer) implements ParsedAnswer {
        public Accepted {
            Objects.requireNonNull(answer);
        }
    }

    /** {@code reason} is one short, friendly sentence that names what would have been accepted. */
    record Invalid(String reason) implements ParsedAnswer {
        public Invalid {
            Objects.requireNonNull(reason);
        }
    }
}
