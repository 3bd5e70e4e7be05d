package dev.mlidea.storage;

import dev.mlidea.conversations.settings.SettingsField;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One setting changed: values as {@link SettingsField#valueOf} writes them. {@code oldValue} is empty
 * for "no channel", or for the zone of a workspace whose settings were never stored (it had none of its
 * own); {@code newValue} is empty when a channel was cleared.
 */
public record SettingsChange(
        SettingsField field,
        Optional<String> oldValue,
        Optional<String> newValue,
        String changedBy,
        Instant changedAt) {
    public SettingsChange {
        Objects.requireNonNull(field);
        Objects.requireNonNull(oldValue);
        Objects.requireNonNull(newValue);
        Objects.requireNonNull(changedBy);
        Objects.requireNonNull(changedAt);
    }
}
