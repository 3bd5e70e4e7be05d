package dev.mlidea.conversations.assessment;

import static dev.mlidea.conversations.intake.Questionnaire.BASELINE_FELL_SHORT;
import static dev.mlidea.conversations.intake.Questionnaire.BASELINE_GOOD_ENOUGH;
import static dev.mlidea.conversations.intake.Questionnaire.CHECK_BASELINE_MODEL;
import static dev.mlidea.conversations.intake.Questionnaire.CHECK_BENCHMARK;
import static dev.mlidea.conversations.intake.Questionnaire.CHECK_DONE;
import static dev.mlidea.conversations.intake.Questionnaire.CHECK_IN_PROGRESS;
import static dev.mlidea.conversations.intake.Questionnaire.CHECK_LITERATURE;
import static dev.mlidea.conversations.intake.Questionnaire.COST_DATA;
import static dev.mlidea.conversations.intake.Questionnaire.ETHICS;
import static dev.mlidea.conversations.intake.Questionnaire.ETHICS_CONCERN;
import static dev.mlidea.conversations.intake.Questionnaire.NEED_BASELINE;
import static dev.mlidea.conversations.intake.Questionnaire.NEED_SOLVE_AT_ALL;
import static dev.mlidea.conversations.intake.Questionnaire.NEED_STILL_SURE;
import static dev.mlidea.conversations.intake.Questionnaire.NO;
import static dev.mlidea.conversations.intake.Questionnaire.PARTLY;
import static dev.mlidea.conversations.intake.Questionnaire.READY_DATA;
import static dev.mlidea.conversations.intake.Questionnaire.READY_PEOPLE;
import static dev.mlidea.conversations.intake.Questionnaire.READY_PRODUCT;
import static dev.mlidea.conversations.intake.Questionnaire.SUCCESS_STAKEHOLDERS;
import static dev.mlidea.conversations.intake.Questionnaire.UNSURE;
import static dev.mlidea.conversations.intake.Questionnaire.YES;

import dev.mlidea.conversations.intake.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * At most three next steps, in the order of {@link NextStep}'s ids, skipping what is done: make sure you
 * need ML → a product → collect the data → success criteria with all stakeholders → the ethics → (low
 * impact: reconsider; a big bet: don't aim for 100%) → (plan the path to production) → a literature review, off-the-shelf models
 * included → (labels too costly: re-scope) → a labeled benchmark dataset → (close data gaps) → a
 * "minimum" viable model from rules → just get started → "are you sure that you need ML at all?". The
 * first not done is the smallest thing that moves the project; the list is never empty.
 */
final class NextSteps {

    static final int MAX = 3;

    /** Data availability at or below this ("hard to get or label") makes labels look too costly. */
    static final int COSTLY_LABELS_AT_MOST = 2;

    private NextSteps() {}

    static List<NextStep> plan(Answers a, Optional<String> dontBuild, Quadrant quadrant) {
        if (dontBuild.isPresent()) return List.of(stopHere(a));
        var steps = new ArrayList<NextStep>();
        if (a.pickedOneOf(NEED_SOLVE_AT_ALL, UNSURE)) {
            steps.add(new NextStep(
                    NextStep.REVISIT_NEED,
                    "Make sure that you actually need ML: do you need to solve this problem at all?"));
        }
        if (a.pickedOneOf(READY_PRODUCT, NO)) {
            steps.add(new NextStep(
                    NextStep.PRODUCT_FIRST,
                    "Start with the product: name the product or live workflow this would be part of, and who"
                            + " uses it, before any ML work."));
        }
        if (a.pickedOneOf(READY_DATA, NO)) {
            steps.add(new NextStep(
                    NextStep.COLLECT_DATA,
                    "Start logging the inputs and outcomes this needs, in one place you can query, this week:"
                            + " there is nothing to label until you do."));
        }
        if (SuccessCriteria.missing(a)) {
            steps.add(new NextStep(
                    NextStep.DEFINE_SUCCESS_CRITERIA,
                    "Put in the work upfront to define success criteria with all of the stakeholders."));
        } else if (a.skipped(SUCCESS_STAKEHOLDERS)) {
            steps.add(new NextStep(
                    NextStep.DEFINE_SUCCESS_CRITERIA,
                    "Agree your success criteria with all of the stakeholders, not just the people building it."));
        }
        if (a.pickedOneOf(ETHICS, ETHICS_CONCERN) || RedFlags.notAnswered(a, ETHICS)) {
            steps.add(new NextStep(
                    NextStep.CONSIDER_ETHICS,
                    "Consider the ethics of using ML: what are the ethical implications of your model making"
                            + " wrong predictions?"));
        }
        boolean lowImpact = quadrant == Quadrant.CHEAP_WIN || quadrant == Quadrant.DONT_YET;
        if (lowImpact) {
            steps.add(new NextStep(
                    NextStep.RECONSIDER_IMPACT,
                    "Reconsider before building: make sure it is high impact, or else it might get killed. Which"
                            + " friction, complex hand-written logic or costly prediction would it remove?"));
        }
        if (quadrant == Quadrant.BIG_BET) {
            steps.add(new NextStep(
                    NextStep.DONT_AIM_FOR_100,
                    "For many applications ML is still research, so don't aim for 100% success: run the"
                            + " cheapest experiment that could show it won't work, first."));
        }
        if ((a.has(READY_PEOPLE) && !a.pickedOneOf(READY_PEOPLE, YES)) || a.pickedOneOf(READY_PRODUCT, PARTLY)) {
            steps.add(new NextStep(
                    NextStep.PLAN_PRODUCTION,
                    "Plan the path to production now (who runs it, where, how you measure it with real users):"
                            + " many ML projects never make the leap to a production environment."));
        }
        if (!done(a, CHECK_LITERATURE)) {
            steps.add(new NextStep(
                    NextStep.LITERATURE_REVIEW,
                    (started(a, CHECK_LITERATURE) ? "Finish the literature review" : "Do a literature review")
                            + ": is there good published work on similar problems, or an off-the-shelf model or"
                            + " API that already does it?"));
        }
        boolean costlyLabels = a.scale(COST_DATA).orElse(3) <= COSTLY_LABELS_AT_MOST;
        if (costlyLabels && !done(a, CHECK_BENCHMARK)) {
            steps.add(new NextStep(
                    NextStep.RESCOPE_FOR_LABELS,
                    "Labels look costly: set the problem up differently so data is cheaper to get (the lecture's"
                            + " pose example: \"what if it were cheaper to annotate per pixel?\")."));
        }
        if (!done(a, CHECK_BENCHMARK)) {
            steps.add(new NextStep(
                    NextStep.LABEL_BENCHMARK,
                    started(a, CHECK_BENCHMARK)
                            ? "Finish the labeled benchmark dataset, rapidly: a small one is enough to start."
                            : "Try to rapidly build a labeled benchmark dataset: a small one is enough to start."));
        }
        if (a.pickedOneOf(READY_DATA, PARTLY)) {
            steps.add(new NextStep(
                    NextStep.CLOSE_DATA_GAPS,
                    "Close the gaps in the data: log the inputs and outcomes that are missing, in one place you"
                            + " can query."));
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
        boolean stillSure = a.pickedOneOf(NEED_STILL_SURE, YES);
        if (!lowImpact && (done(a, CHECK_BENCHMARK) || (steps.isEmpty() && stillSure))) {
            steps.add(justGetStarted());
        }
        if (!stillSure && !needRevisited) {
            steps.add(new NextStep(
                    NextStep.REVISIT_NEED, "Answer this question again: \"Are you sure that you need ML at all?\""));
        }
        return List.copyOf(steps.subList(0, Math.min(MAX, steps.size())));
    }

    /** The lecture's "just get started", with its two cautions: off-the-shelf first, no tool fetishization. */
    private static NextStep justGetStarted() {
        return new NextStep(
                NextStep.FIRST_MODEL,
                "Just get started: try an off-the-shelf model or API on your benchmark first, then the simplest"
                        + " model you can train, and compare both with the rules baseline. No perfect tooling"
                        + " needed first.");
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
