package dev.mlidea.conversations.assessment;

/** What a click on an assessment comes to: see {@link AssessmentAction}. */
public sealed interface AssessmentDecision {

    /** "Looks right" on the newest version: the owners agree with it as it is. */
    record Acknowledge() implements AssessmentDecision {}

    /** Assess again with this archetype confirmed: a new version follows. */
    record Reassess(Archetype archetype) implements AssessmentDecision {}

    /** Nothing changes, for this reason. */
    record Refuse(Refusal reason) implements AssessmentDecision {}

    enum Refusal {
        /** Only a project's owners change its assessment. */
        NOT_AN_OWNER,
        /** A question is open, or nothing is assessed yet: the intake ends first. */
        INTAKE_OPEN,
        /** The click was on a version that a newer one replaced. */
        OLDER_VERSION,
        /** The button named no archetype this build knows. */
        UNKNOWN_ARCHETYPE,
        /** The archetype chosen is the one already confirmed: a new version would say the same. */
        ALREADY_CONFIRMED
    }
}
