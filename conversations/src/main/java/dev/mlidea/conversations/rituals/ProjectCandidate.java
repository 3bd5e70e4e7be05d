package dev.mlidea.conversations.rituals;

import java.util.Objects;
import java.util.UUID;

/**
 * A project a command may name: its id and title. The short id is the first six hex digits of the
 * id, lower case ({@code 3f9a2c}): short enough to type, printed next to every title the bot shows.
 */
public record ProjectCandidate(UUID id, String title) {

    public static final int SHORT_ID_LENGTH = 6;

    public ProjectCandidate {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
    }

    /** The first six hex digits of the id, lower case. */
    public String shortId() {
        return shortIdOf(id);
    }

    public static String shortIdOf(UUID id) {
        // UUID.toString() is lower-case hex and starts with eight hex digits before the first '-'.
        return id.toString().substring(0, SHORT_ID_LENGTH);
    }
}
