package dev.mlidea.conversations.assessment;

import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.QuickAnswers;
import java.util.Objects;
import java.util.Optional;

/** Turns a finished intake into an {@link Assessment}. A pure function of the answers and the override. */
public final class Assessor {

    /**
     * Bump when a weight, a threshold or a rule changes: stored assessments say which model made them and
     * keep it; re-assessing uses this one. Model 1 is docs/decisions/0003, model 2 docs/decisions/0008.
     */
    public static final String MODEL_VERSION = "2";

    private Assessor() {}

    /**
     * Assesses a finished intake, quick or full: the quick intake's answers are first read as the full
     * questions they answer ({@link QuickAnswers#expand}, docs/decisions/0009), and an answer of a full
     * question always wins over one derived from a quick answer. A full intake's answers are read as
     * they are.
     */
    public static Assessment assess(Answers given, Optional<Archetype> override) {
        Objects.requireNonNull(given);
        Objects.requireNonNull(override);
        var answers = QuickAnswers.expand(given);
        var suggested = ArchetypeClassifier.suggest(answers);
        var archetype = override.orElse(suggested.archetype());
        var impact = ScoringModel.impact(answers, archetype);
        var feasibility = ScoringModel.feasibility(answers, archetype);
        var dontBuild = DontBuild.reason(answers);
        var gates = Gate.closedBy(answers);
        var quadrant = Quadrant.of(impact.value(), feasibility.value());
        return new Assessment(
                suggested,
                archetype,
                archetype != suggested.archetype(),
                impact,
                feasibility,
                quadrant,
                // "Don't build" and the "before you start" gates win over the scores, which are still shown.
                Verdict.of(dontBuild, gates, quadrant),
                gates,
                RedFlags.raisedBy(answers, archetype),
                Guidance.forArchetype(archetype, answers),
                NextSteps.plan(answers, dontBuild, quadrant),
                dontBuild,
                MODEL_VERSION);
    }
}
