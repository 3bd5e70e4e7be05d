package dev.mlidea.storage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a project's assessment as stored. Archetypes, quadrant, flags and steps are stored by
 * their stable ids; {@code inputs} maps each question key to its stored answer value.
 */
public record StoredAssessment(
        int version,
        String modelVersion,
        String trigger,
        String suggestedArchetype,
        boolean suggestionConfident,
        Optional<String> confirmedArchetype,
        String archetype,
        double impact,
        double feasibility,
        String quadrant,
        List<String> redFlags,
        List<String> nextSteps,
        boolean dontBuild,
        Map<String, String> inputs,
        String createdBy,
        Instant createdAt,
        Optional<String> acknowledgedBy) {

    public StoredAssessment {
        redFlags = List.copyOf(redFlags);
        nextSteps = List.copyOf(nextSteps);
        inputs = Map.copyOf(inputs);
    }
}
