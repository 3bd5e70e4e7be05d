package dev.mlidea.conversations.assessment;

import dev.mlidea.conversations.intake.Answers;
import java.util.List;

/** The lecture's key considerations for planning each archetype: two to four sentences, one per item. */
final class Guidance {

    private Guidance() {}

    static List<String> forArchetype(Archetype archetype, Answers a) {
        return switch (archetype) {
            case SOFTWARE_2_0 ->
                List.of(
                        "Focus on how impactful the performance of the new model is: is it truly much better than"
                                + " what the software does today?",
                        "How can the performance continue to increase across iterations?",
                        ImpactRule.fullFlywheel(a)
                                ? "You have all three parts of a data flywheel — a data loop, more data making a better"
                                        + " model, a better model making better product use — the gold standard: it"
                                        + " can magnify impact over time."
                                : "Strongly consider a data flywheel: can you get labeled data from users at scale,"
                                        + " turn more data into a better model, and does a better model lead to better"
                                        + " product use?");
            case HUMAN_IN_THE_LOOP ->
                List.of(
                        "Consider the context of the human user and what their needs might be.",
                        "How good does the system actually have to be to improve the life of a human reviewing its"
                                + " output?",
                        "In some cases a model that does even 10% better, nominally a small increase, has outsize"
                                + " impact on the humans in the loop.",
                        "Good product design can reduce expectations and accuracy requirements, and a \"good"
                                + " enough\" mindset that delivers incrementally makes it more feasible.");
            case AUTONOMOUS ->
                List.of(
                        "Focus heavily on the failure rate and its consequences.",
                        "With no opportunity for human intervention, failures need to be carefully monitored to"
                                + " ensure outsize harm doesn't occur.",
                        FeasibilityRule.humansAsGuardrails(a)
                                ? "Keep the humans you plan as guardrails: they make development more feasible and"
                                        + " reduce the potential impact of failures."
                                : "Consider humans in the loop as guardrails: they make development more feasible and"
                                        + " reduce the potential impact of failures.");
        };
    }
}
