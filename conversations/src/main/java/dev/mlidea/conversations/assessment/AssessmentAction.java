package dev.mlidea.conversations.assessment;

import dev.mlidea.conversations.intake.IntakeStatus;
import java.util.List;
import java.util.Optional;

/**
 * A click on an assessment's buttons: "Looks right", or an archetype. An owner's click on the newest
 * version of a finished intake counts; choosing the archetype already confirmed changes nothing.
 *
 * @param actor who clicked
 * @param version the version whose buttons were clicked; empty when the request did not say
 */
public record AssessmentAction(String actor, Optional<Integer> version, Choice choice) {

    /** What the button said. */
    public sealed interface Choice {
        record LooksRight() implements Choice {}

        /** {@code archetypeId} as the button carried it: it may name no archetype. */
        record ChangeArchetype(String archetypeId) implements Choice {}
    }

    /** A project's newest assessment: its version, and the archetype its owners confirmed there, if any. */
    public record Newest(int version, Optional<Archetype> confirmed) {}

    /** @param newest the project's newest assessment, empty before the first */
    public AssessmentDecision decide(List<String> owners, IntakeStatus intake, Optional<Newest> newest) {
        if (!owners.contains(actor)) return refuse(AssessmentDecision.Refusal.NOT_AN_OWNER);
        if (newest.isEmpty() || intake != IntakeStatus.COMPLETED) {
            return refuse(AssessmentDecision.Refusal.INTAKE_OPEN);
        }
        if (version.isEmpty() || version.get() != newest.get().version()) {
            return refuse(AssessmentDecision.Refusal.OLDER_VERSION);
        }
        if (choice instanceof Choice.LooksRight) return new AssessmentDecision.Acknowledge();
        String id = ((Choice.ChangeArchetype) choice).archetypeId();
        Optional<Archetype> chosen = Archetype.byId(id == null ? "" : id);
        if (chosen.isEmpty()) return refuse(AssessmentDecision.Refusal.UNKNOWN_ARCHETYPE);
        if (newest.get().confirmed().equals(chosen)) return refuse(AssessmentDecision.Refusal.ALREADY_CONFIRMED);
        return new AssessmentDecision.Reassess(chosen.get());
    }

    private static AssessmentDecision refuse(AssessmentDecision.Refusal reason) {
        return new AssessmentDecision.Refuse(reason);
    }
}
