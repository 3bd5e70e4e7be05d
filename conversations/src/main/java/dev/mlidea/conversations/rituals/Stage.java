package dev.mlidea.conversations.rituals;

import java.util.Optional;

/**
 * Where a project is. The first five are the lecture's lifecycle, in order ("Lecture 1: Course Vision
 * and When to Use ML", FSDL 2022: "each of these phases can feed back into any of the phases that go
 * before it"); PAUSED and KILLED are decisions about the project, not phases of it. Ids are stable:
 * storage and buttons depend on them. Labels are wording.
 */
public enum Stage {
    PLANNING("planning", "Planning"),
    DATA("data", "Data"),
    TRAINING("training", "Training"),
    DEPLOYING("deploying", "Deploying"),
    PRODUCTION("production", "In production"),
    PAUSED("paused", "Paused"),
    KILLED("killed", "Killed");

    private final String id;
    private final String label;

    Stage(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Whether this is one of the lifecycle's phases, planning to production. */
    public boolean isLifecycle() {
        return this != PAUSED && this != KILLED;
    }

    /**
     * The stage a person typed or a button sent: the id or the label, in any case, with any
     * surrounding or repeated whitespace ({@code " In  Production "}). Empty when it is neither.
     */
    public static Optional<Stage> parse(String typed) {
        if (typed == null) return Optional.empty();
        String s = CommandText.lower(CommandText.collapse(typed));
        for (Stage stage : values()) {
            if (stage.id.equals(s) || CommandText.lower(stage.label).equals(s)) return Optional.of(stage);
        }
        return Optional.empty();
    }
}
