package dev.mlidea.conversations.settings;

import java.util.Optional;
import java.util.function.Function;

/**
 * The settings a person can change, each with a stable id (the change history and the modal's fields
 * are keyed by it) and its value as text, the way the history records it.
 */
public enum SettingsField {
    SUMMARY_CHANNEL("summary_channel", s -> s.summaryChannel()),
    DAY("day", s -> Optional.of(s.day().name())),
    HOUR("hour", s -> Optional.of(Integer.toString(s.hour()))),
    ZONE("zone", s -> Optional.of(s.zone().getId())),
    NUDGE_DAYS("nudge_days", s -> Optional.of(Integer.toString(s.nudgeDays()))),
    DEFAULT_CADENCE("default_cadence", s -> Optional.of(s.defaultCadence().choiceId()));

    private final String id;
    private final Function<WorkspaceSettings, Optional<String>> value;

    SettingsField(String id, Function<WorkspaceSettings, Optional<String>> value) {
        this.id = id;
        this.value = value;
    }

    public String id() {
        return id;
    }

    /** The field's value in {@code settings} as text; empty only for a summary channel not chosen. */
    public Optional<String> valueOf(WorkspaceSettings settings) {
        return value.apply(settings);
    }

    public static Optional<SettingsField> byId(String id) {
        for (SettingsField f : values()) {
            if (f.id.equals(id)) return Optional.of(f);
        }
        return Optional.empty();
    }
}
