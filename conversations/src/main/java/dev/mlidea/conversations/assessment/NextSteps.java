package dev.mlidea.conversations.assessment;

import static dev.mlidea.conversations.intake.Questionnaire.BASELINE_FELL_SHORT;
import static dev.mlidea.conversations.intake.Questionnaire.BASELINE_GOOD_ENOUGH;
import static dev.mlidea.conversations.intake.Questionnaire.CHECK_BASELINE_MODEL;
import static dev.mlidea.conversations.intake.Questionnaire.CHECK_BENCHMARK;
import static dev.mlidea.conversations.intake.Questionnaire.CHECK_DONE;
import static dev.mlidea.conversations.intake.Questionnaire.CHECK_IN_PROGRESS;
import static dev.mlidea.conversations.intake.Questionnaire.CHECK_LITERATURE;
import static dev.mlidea.conversations.intake.Questionnaire.ETHICS;
import static dev.mlidea.conversations.intake.Questionnaire.ETHICS_CONCERN;
import static dev.mlidea.conversations.intake.Questionnaire.NEED_BASELINE;
import static dev.mlidea.conversations.intake.Questionnaire.NEED_SOLVE_AT_ALL;
import static dev.mlidea.conversations.intake.Questionnaire.NEED_STILL_SURE;
import static dev.mlidea.conversations.intake.Questionnaire.NO;
import static dev.mlidea.conversations.intake.Questionnaire.PARTLY;
import static dev.mlidea.conversations.intake.Questionnaire.READY_DATA;
import static dev.mlidea.conversations.intake.Questionnaire.SUCCESS_CRITERIA;
import static dev.mlidea.conversations.intake.Questionnaire.SUCCESS_STAKEHOLDERS;
import static dev.mlidea.conversations.intake.Questionnaire.UNSURE;
import static dev.mlidea.conversations.intake.Questionnaire.YES;

import dev.mlidea.conversations.intake.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * At most three next steps, in the order of the lecture's feasibility checklist, skipping what is done:
 * make sure you need ML → success criteria with all stakeholders → the ethics → a literature review →
 * a labeled benchmark dataset → (collect the missing data) → a "minimum" viable model from rules → "are
 * you sure that you need ML at all?", and when all of it is done, a first simple model. The first not
 * done is the smallest thing that moves the project; the list is never empty.
 */
final class NextSteps {

    static final int MAX = 3;

    private NextSteps() {}

    static List<NextStep> plan(Answers a, Optional<String> dontBuild) {
        if (dontBuild.isPresent()) return List.of(stopHere(a));
        var steps = new ArrayList<NextStep>();
        if (a.pickedOneOf(NEED_SOLVE_AT_ALL, UNSURE)) {
            steps.add(new NextStep(
                    NextStep.REVISIT_NEED,
                    "Make sure that you actually need ML: do you need to solve this problem at all?"));
        }
        if (a.text(SUCCESS_CRITERIA).isEmpty()) {
            steps.add(new NextStep(
                    NextStep.DEFINE_SUCCESS_CRITERIA,
                    "Put in the work upfront to define success criteria with all of the stakeholders."));
        } else if (!a.has(SUCCESS_STAKEHOLDERS) || a.skipped(SUCCESS_STAKEHOLDERS)) {
            steps.add(new NextStep(
                    NextStep.DEFINE_SUCCESS_CRITERIA,
                    "Agree your success criteria with all of the stakeholders, not just the people building it."));
        }
        if (a.pickedOneOf(ETHICS, ETHICS_CONCERN) || a.picked(ETHICS).isEmpty()) {
            steps.add(new NextStep(
                    NextStep.CONSIDER_ETHICS,
                    "Consider the ethics of using ML: what are the ethical implications of your model making"
                            + " wrong predictions?"));
        }
        if (!done(a, CHECK_LITERATURE)) {
            steps.add(new NextStep(
                    NextStep.LITERATURE_REVIEW,
                    started(a, CHECK_LITERATURE)
                            ? "Finish the literature review: is there good published work on similar problems?"
                            : "Do a literature review: is there good published work on similar problems?"));
        }
        if (!done(a, CHECK_BENCHMARK)) {
            steps.add(new NextStep(
                    NextStep.LABEL_BENCHMARK,
                    started(a, CHECK_BENCHMARK)
                            ? "Finish the labeled benchmark dataset, rapidly: a small one is enough to start."
                            : "Try to rapidly build a labeled benchmark dataset: a small one is enough to start."));
        }
        if (a.pickedOneOf(READY_DATA, NO, PARTLY)) {
            steps.add(
                    new NextStep(
                            NextStep.COLLECT_DATA,
                            a.pickedOneOf(READY_DATA, NO)
                                    ? "Start logging the inputs and outcomes this needs, in one place you can query, this week."
                                    : "Close the gaps in the data: log the inputs and outcomes that are missing, in one place you can query."));
        }
        if (!done(a, CHECK_BASELINE_MODEL)
                && !a.pickedOneOf(NEED_BASELINE, BASELINE_FELL_SHORT, BASELINE_GOOD_ENOUGH)) {
            steps.add(new NextStep(
                    NextStep.RULES_BASELINE,
                    started(a, CHECK_BASELINE_MODEL)
                            ? "Finish the \"minimum\" viable model using manual rules or simple heuristics."
                            : "Build a \"minimum\" viable model using manual rules or simple heuristics."));
        }
        boolean needRevisited = steps.stream().anyMatch(s -> s.id().equals(NextStep.REVISIT_NEED));
        if (!a.pickedOneOf(NEED_STILL_SURE, YES) && !needRevisited) {
            steps.add(new NextStep(
                    NextStep.REVISIT_NEED, "Answer this question again: \"Are you sure that you need ML at all?\""));
        }
        if (steps.isEmpty()) {
            // The checklist is done: just get started, no perfect setup needed.
            steps.add(new NextStep(
                    NextStep.FIRST_MODEL,
                    "Just get started: train the simplest model that could work on your benchmark and compare it"
                            + " with the rules baseline."));
        }
        return List.copyOf(steps.subList(0, Math.min(MAX, steps.size())));
    }

    /** When the honest answer is not to build: the one step is to say so and keep the simpler thing. */
    private static NextStep stopHere(Answers a) {
        if (a.pickedOneOf(NEED_BASELINE, BASELINE_GOOD_ENOUGH) && !a.pickedOneOf(NEED_SOLVE_AT_ALL, NO)) {
            return new NextStep(
                    NextStep.KEEP_RULES,
                    "Keep the rules that work: they are the baseline any ML model would have to beat.");
        }
        return new NextStep(
                NextStep.REVISIT_NEED,
                "Don't build it now; when things change, answer again: \"Are you sure that you need ML at all?\"");
    }

    private static boolean done(Answers a, String check) {
        return a.pickedOneOf(check, CHECK_DONE);
    }

    private static boolean started(Answers a, String check) {
        return a.pickedOneOf(check, CHECK_IN_PROGRESS);
    }
}
