package dev.mlidea.storage;

import java.util.List;
import java.util.Optional;

/** An assessment to store as the project's next version; inputs are taken from its stored answers. */
public record NewAssessment(
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
        String createdBy) {

    public NewAssessment {
        redFlags = List.copyOf(redFlags);
        nextSteps = List.copyOf(nextSteps);
    }
}
