package dev.mlidea.conversations.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The honest answer to an intake.
 *
 * @param suggested the archetype the answers point to, with its reason
 * @param archetype the effective archetype: the proposer's override if given, else the suggestion
 * @param overridden whether the proposer chose a different archetype than the one suggested
 * @param impact impact, 1–5, with its explanation
 * @param feasibility feasibility, 1–5, with its explanation
 * @param quadrant where impact and feasibility put the project, whatever blocks it
 * @param verdict what to do, read first: don't build, "not yet" for the first closed gate, or the quadrant
 * @param gates the lecture's "before you start" checks these answers fail, in the lecture's order
 * @param redFlags the lecture's red flags these answers raise, in {@link RedFlag}'s order
 * @param guidance two to four sentences from the lecture for the effective archetype
 * @param nextSteps at most three, the first the smallest thing that moves the project
 * @param dontBuild the honest reason not to build this with ML (yet), when there is one
 * @param modelVersion the scoring model that produced the numbers ({@link Assessor#MODEL_VERSION})
 */
public record Assessment(
        ArchetypeSuggestion suggested,
        Archetype archetype,
        boolean overridden,
        Score impact,
        Score feasibility,
        Quadrant quadrant,
        Verdict verdict,
        List<Gate> gates,
        List<RedFlag> redFlags,
        List<String> guidance,
        List<NextStep> nextSteps,
        Optional<String> dontBuild,
        String modelVersion) {

    public Assessment {
        Objects.requireNonNull(suggested);
        Objects.requireNonNull(archetype);
        Objects.requireNonNull(impact);
        Objects.requireNonNull(feasibility);
        Objects.requireNonNull(quadrant);
        Objects.requireNonNull(verdict);
        gates = List.copyOf(gates);
        redFlags = List.copyOf(redFlags);
        guidance = List.copyOf(guidance);
        nextSteps = List.copyOf(nextSteps);
        Objects.requireNonNull(dontBuild);
        Objects.requireNonNull(modelVersion);
    }
}
