package dev.mlidea.conversations.assessment;

import java.util.Objects;

/**
 * The archetype the answers point to. Not {@code confident} when the answers conflict or the key ones
 * are missing: the proposer is then asked to confirm. The reason is one plain line citing the answers.
 */
public record ArchetypeSuggestion(Archetype archetype, boolean confident, String reason) {
    public ArchetypeSuggestion {
        Objects.requireNonNull(archetype);
        Objects.requireNonNull(reason);
    }
}
