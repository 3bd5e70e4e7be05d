package dev.mlidea.conversations.rituals;

import java.util.Optional;

/**
 * The next smallest steps, in the order of the feasibility checklist in "Lecture 1: Course Vision and
 * When to Use ML" (FSDL 2022), from its second item on (the first, "make sure that you actually need
 * ML", and the ethics item are the intake's and the assessment's business). Ids are stable: the
 * <em>Done</em> button and storage carry them; label and why are wording. Where an id means what an
 * assessment's next step means, it is the same string ({@code literature_review}, {@code
 * label_benchmark}, {@code rules_baseline}).
 */
public enum ChecklistStep {
    AGREE_SUCCESS_CRITERIA(
            "agree_success_criteria",
            "Agree the success criteria with every stakeholder",
            "Projects fail when \"the broader organization is not all on the same page about what would be"
                    + " considered success criteria\": \"put in the work upfront to define success criteria"
                    + " with all of the stakeholders.\""),
    LITERATURE_REVIEW(
            "literature_review",
            "Do a literature review",
            "\"Generally, it's hard to reason about what's feasible in ML\": ask \"is there good published"
                    + " work on similar problems?\""),
    LABEL_BENCHMARK(
            "label_benchmark",
            "Label a small benchmark dataset",
            "\"Try to rapidly build a labeled benchmark dataset\": it is what every later model, rules"
                    + " included, is measured against."),
    RULES_BASELINE(
            "rules_baseline",
            "Build a minimum viable model from rules",
            "\"Build a 'minimum' viable model using manual rules or simple heuristics\": \"ML adds"
                    + " complexity. Consider whether you really need it.\""),
    STILL_NEED_ML(
            "still_need_ml",
            "Ask again: are you sure you need ML?",
            "The checklist ends where it began: \"Answer this question again: 'Are you sure that you need ML"
                    + " at all?'\" — now the benchmark and the rules can answer it.");

    private final String id;
    private final String label;
    private final String why;

    ChecklistStep(String id, String label, String why) {
        this.id = id;
        this.label = label;
        this.why = why;
    }

    public String id() {
        return id;
    }

    /** A short imperative: what to do next. */
    public String label() {
        return label;
    }

    /** One line from the lecture on why this step comes now. */
    public String why() {
        return why;
    }

    public static Optional<ChecklistStep> byId(String id) {
        for (ChecklistStep step : values()) {
            if (step.id.equals(id)) return Optional.of(step);
        }
        return Optional.empty();
    }
}
