package dev.mlidea.conversations.assessment;

import dev.mlidea.conversations.intake.Answers;
import java.util.Objects;
import java.util.Optional;

/** Turns a finished intake into an {@link Assessment}. A pure function of the answers and the override. */
public final class Assessor {

    /** Bump when a weight, a threshold or a rule changes: stored assessments say which model made them. */
    public static final String MODEL_VERSION = "1";

    private Assessor() {}

    public static Assessment assess(Answers answers, Optional<Archetype> override) {
        Objects.requireNonNull(answers);
        Objects.requireNonNull(override);
        var suggested = ArchetypeClassifier.suggest(answers);
        var archetype = override.orElse(suggested.archetype());
        var impact = ScoringModel.impact(answers, archetype);
        var feasibility = ScoringModel.feasibility(answers, archetype);
        var dontBuild = DontBuild.reason(answers);
        return new Assessment(
                suggested,
                archetype,
                archetype != suggested.archetype(),
                impact,
                feasibility,
                // An honest "don't build this with ML (yet)" must not sit beside "Do it now".
                dontBuild.isPresent() ? Quadrant.DONT_YET : Quadrant.of(impact.value(), feasibility.value()),
                RedFlags.raisedBy(answers, archetype),
                Guidance.forArchetype(archetype, answers),
                NextSteps.plan(answers, dontBuild),
                dontBuild,
                MODEL_VERSION);
    }
}
