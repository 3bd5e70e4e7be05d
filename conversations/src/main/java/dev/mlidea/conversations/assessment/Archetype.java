package dev.mlidea.conversations.assessment;

import java.util.Arrays;
import java.util.Optional;

/**
 * The lecture's three ML product archetypes, defined by how the system meets its real-world use.
 * The id is stable (storage and buttons use it); the label is what people read.
 */
public enum Archetype {
    /** Something software does automatically today, with its automation augmented by ML (code completion). */
    SOFTWARE_2_0("software_2_0", "Software 2.0"),
    /** A tool that helps people do their jobs better; a person approves the output (sketches to slides). */
    HUMAN_IN_THE_LOOP("human_in_the_loop", "Human-in-the-loop"),
    /** A system that acts without human input and with no chance to intervene (full self-driving). */
    AUTONOMOUS("autonomous", "Autonomous");

    private final String id;
    private final String label;

    Archetype(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<Archetype> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }
}
