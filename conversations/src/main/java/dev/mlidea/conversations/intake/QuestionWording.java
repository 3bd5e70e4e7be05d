package dev.mlidea.conversations.intake;

import static dev.mlidea.conversations.intake.Questionnaire.*;

import java.util.List;

/**
 * The words of every question, in the order they are asked: the prompt, the lecture's reason for
 * asking, and the choices with what people may type for each. {@link Questionnaire} holds the keys
 * and the rules of which questions a project is asked.
 */
final class QuestionWording {
    private QuestionWording() {}

    private static Choice yes() {
        return Choice.of(YES, "Yes", "y", "yes", "yep", "yeah", "sure", "true");
    }

    private static Choice partly() {
        return Choice.of(PARTLY, "Partly", "partly", "partially", "somewhat", "kind of", "kinda", "some");
    }

    private static Choice no() {
        return Choice.of(NO, "No", "n", "no", "nope", "not yet", "false");
    }

    private static Choice unsure() {
        return Choice.of(UNSURE, "Not sure", "unsure", "not sure", "maybe", "dunno", "don't know", "dont know", "?");
    }

    private static Choice doneChoice() {
        return Choice.of(CHECK_DONE, "Done", "done", "yes", "y", "finished", "complete");
    }

    private static Choice inProgress() {
        return Choice.of(CHECK_IN_PROGRESS, "In progress", "in progress", "started", "ongoing", "wip", "partly");
    }

    private static Choice notStarted() {
        return Choice.of(CHECK_NOT_STARTED, "Not started", "not started", "no", "n", "not yet", "todo");
    }

    static final List<Question> ALL = List.of(
            Question.text(
                    PROBLEM,
                    "What problem would ML solve, and for whom?",
                    "Many ML projects fail because they solve a problem too small to be worth ML's complexity."),
            QuickQuestionWording.USE_HOW_QUESTION,
            Question.choice(
                    READY_PRODUCT,
                    "Is there a product (or a live workflow) this would be part of?",
                    "Are you ready to use ML? First: do you have a product?",
                    yes(),
                    partly(),
                    no()),
            Question.choice(
                    READY_DATA,
                    "Are you collecting the data this needs, and storing it in a sane way?",
                    "Are you ready to use ML? Are you collecting data and storing it in a sane way?",
                    yes(),
                    partly(),
                    no()),
            Question.choice(
                    READY_PEOPLE,
                    "Do you have the right people to build and run it?",
                    "Are you ready to use ML? Do you have the right people? Hiring is crucial to a project's"
                            + " long-term health.",
                    yes(),
                    partly(),
                    no()),
            QuickQuestionWording.NEED_ML_QUESTION,
            Question.choice(
                    NEED_SOLVE_AT_ALL,
                    "Does this problem need solving at all?",
                    "Do you really need ML? Start with: do you need to solve the problem at all?",
                    yes(),
                    unsure(),
                    no()),
            Question.choice(
                    NEED_BASELINE,
                    "Have you tried rules or simple statistics on it? How far did they get?",
                    "Do you really need ML? Have you tried using rules or simple statistics to solve the problem?",
                    Choice.of(BASELINE_NONE, "Not tried yet", "no", "n", "none", "not yet", "not tried", "nope"),
                    Choice.of(
                            BASELINE_FELL_SHORT,
                            "Tried, fell short",
                            "fell short",
                            "not good enough",
                            "tried",
                            "insufficient",
                            "short"),
                    Choice.of(
                            BASELINE_GOOD_ENOUGH,
                            "Tried, good enough",
                            "good enough",
                            "works",
                            "they work",
                            "enough",
                            "fine")),
            Question.choice(
                    ETHICS,
                    "Is it ethical to use ML here? Who is harmed by a wrong prediction?",
                    "Before you start: is it ethical to use ML to solve this problem? What are the ethical"
                            + " implications of your model making wrong predictions?",
                    // No bare yes/no: to "is it ethical?" yes means fine, to "who is harmed?" it means concern.
                    Choice.of(
                            ETHICS_FINE,
                            "No real concern",
                            "fine",
                            "ok",
                            "no concern",
                            "none",
                            "ethical",
                            "no real concern"),
                    Choice.of(ETHICS_MANAGEABLE, "Some harm, manageable", "manageable", "some", "some harm", "minor"),
                    Choice.of(
                            ETHICS_CONCERN,
                            "Real concern",
                            "concern",
                            "real concern",
                            "serious",
                            "harmful",
                            "unethical")),
            Question.multi(
                    IMPACT_SIGNALS,
                    "Which of these describe it? Pick all that apply, or none.",
                    "High-impact ML removes product friction, automates complex hand-made logic, or makes cheap"
                            + " prediction valuable; and it is what others in your industry do.",
                    Choice.of(SIGNAL_FRICTION, "Removes friction in the product", "friction", "product friction"),
                    Choice.of(
                            SIGNAL_SOFTWARE_2,
                            "Automates a complex, manually-defined part (Software 2.0)",
                            "software 2.0",
                            "software2",
                            "sw2",
                            "automates",
                            "complex",
                            "manual"),
                    Choice.of(
                            SIGNAL_CHEAP_PREDICTION,
                            "Cheap prediction makes it valuable / newly feasible",
                            "cheap prediction",
                            "prediction",
                            "cheap",
                            "feasible",
                            "infeasible"),
                    Choice.of(SIGNAL_INDUSTRY, "Others in the industry do it", "industry", "others", "competitors")),
            Question.scale(
                    IMPACT_RATING,
                    "How much would it matter if it worked?",
                    "Make sure what you're working on is high impact, or else it might get killed. (The signals"
                            + " above count for more than this rating.)",
                    "nice to have",
                    "game-changer"),
            QuickQuestionWording.DATA_STATE_QUESTION,
            Question.scale(
                    COST_DATA,
                    "How available is the data? (acquiring, labeling, how much, how stable, how secure)",
                    "Data availability is the first cost driver of an ML project.",
                    "hard to get or label",
                    "plenty, labeled, stable"),
            QuickQuestionWording.COST_WRONG_ANSWER_QUESTION,
            Question.scale(
                    COST_WRONG_PREDICTIONS,
                    "How costly is a wrong prediction? (money, safety, trust, someone's rights)",
                    "Accuracy requirement: how costly are wrong predictions? ML project costs tend to scale"
                            + " super-linearly in the accuracy requirement.",
                    "a shrug: ignored or undone",
                    "serious harm"),
            Question.scale(
                    COST_ACCURACY,
                    "How often must it be right to be useful?",
                    "Accuracy requirement: how frequently does the system need to be right to be useful?",
                    "often wrong is still useful",
                    "must almost never be wrong"),
            QuickQuestionWording.DONE_BEFORE_QUESTION,
            Question.scale(
                    COST_DIFFICULTY,
                    "How hard is the problem? (well-defined? published work? compute?)",
                    "Problem difficulty is the third cost driver, and ML feasibility is hard to reason about.",
                    "well-defined, published",
                    "open research"),
            Question.multi(
                    HARD_TRAITS,
                    "Which of these hard traits does it have? Pick all that apply, or none.",
                    "What's hard in ML: complex output, required reliability, required generalization.",
                    Choice.of(
                            TRAIT_COMPLEX_OUTPUT,
                            "Complex or ambiguous output",
                            "complex output",
                            "complex",
                            "output",
                            "ambiguous"),
                    Choice.of(
                            TRAIT_RELIABILITY,
                            "High reliability required",
                            "reliability",
                            "reliable",
                            "precision",
                            "robust",
                            "robustness"),
                    Choice.of(
                            TRAIT_GENERALIZATION,
                            "Generalization required (new situations)",
                            "generalization",
                            "generalize",
                            "generalisation",
                            "out of distribution",
                            "ood")),
            Question.choice(
                    ARCH_AUTOMATED_TODAY,
                    "Does software already do this task automatically today (rules or code, not people)?",
                    "Software 2.0 takes something software does in an automated fashion today and augments its"
                            + " automation with ML, like code completion in the IDE.",
                    yes(),
                    partly(),
                    no()),
            Question.choice(
                    ARCH_HUMAN_REVIEW,
                    "Before an output takes effect, does a person review it and decide on it as part of their"
                            + " job? (Users taking or ignoring suggestions, like Tab in code completion, are not"
                            + " reviewing.)",
                    "In the lecture's human-in-the-loop systems humans approve the output of a model, as with"
                            + " sketches turned into slides.",
                    Choice.of(
                            REVIEW_ALWAYS,
                            "Yes, a person approves every output",
                            "yes",
                            "y",
                            "always",
                            "every",
                            "approves",
                            "reviewer",
                            // Model 1's label, so a reply learned from it still works.
                            "yes, every output",
                            "every output"),
                    Choice.of(
                            REVIEW_SOMETIMES,
                            "A person checks some outputs",
                            "sometimes",
                            "some",
                            "partly",
                            "spot checks"),
                    Choice.of(
                            REVIEW_USER_PICKS,
                            "Users take or ignore it as they go",
                            "users take or ignore it",
                            "user picks",
                            "users pick",
                            "suggestion",
                            "suggestions",
                            "users",
                            "tab"),
                    Choice.of(REVIEW_NEVER, "Nobody looks at it first", "no", "n", "never", "nobody", "no one")),
            Question.choice(
                    ARCH_ACTS_ALONE,
                    "Will it act in the world with no chance for a person to step in (like a self-driving car)?",
                    "Autonomous systems augment existing or implement new processes without human input, with no"
                            + " opportunity to intervene, as in full self-driving.",
                    yes(),
                    no()),
            Question.choice(
                    FLYWHEEL_LOOP,
                    "Data flywheel: can you get labeled data back from users, at scale?",
                    "A data flywheel needs a data loop: labeled data from users in a scalable way.",
                    yes(),
                    unsure(),
                    no()),
            Question.choice(
                    FLYWHEEL_MORE_DATA_HELPS,
                    "Data flywheel: will more data make the model clearly better?",
                    "More data does not always mean a better model; the flywheel needs it to.",
                    yes(),
                    unsure(),
                    no()),
            Question.choice(
                    FLYWHEEL_BETTER_MODEL_HELPS_PRODUCT,
                    "Data flywheel: will a better model make people use the product more?",
                    "Model improvements must show up as users benefiting, or the flywheel does not turn.",
                    yes(),
                    unsure(),
                    no()),
            Question.text(
                    SUCCESS_CRITERIA,
                    "What does success look like? Write the criteria you would check in a month.",
                    "Many ML projects are doomed when the organization is not on the same page about what would be"
                            + " considered success: define it up front."),
            Question.people(
                    SUCCESS_STAKEHOLDERS,
                    "Who has to agree with these criteria? Mention them (@name).",
                    "Success criteria must be agreed with all of the stakeholders, not just the builders."),
            Question.choice(
                    CHECK_LITERATURE,
                    "Literature review: have you looked at published work on similar problems?",
                    "Feasibility checklist: do a literature review.",
                    doneChoice(),
                    inProgress(),
                    notStarted()),
            Question.choice(
                    CHECK_BENCHMARK,
                    "Do you have a labeled benchmark dataset?",
                    "Feasibility checklist: rapidly build a labeled benchmark dataset.",
                    doneChoice(),
                    inProgress(),
                    notStarted()),
            Question.choice(
                    CHECK_BASELINE_MODEL,
                    "Is there a minimum viable model built from manual rules or simple heuristics?",
                    "Feasibility checklist: build a \"minimum\" viable model with rules first.",
                    doneChoice(),
                    inProgress(),
                    notStarted()),
            Question.choice(
                    REVALIDATE_EVERY,
                    "How often should the team re-check the success criteria?",
                    "mlidea's own practice, not the lecture's: criteria drift, so the team re-checks them on a"
                            + " schedule.",
                    Choice.of(WEEKS_1, "Every week", "1", "1w", "1 week", "weekly", "every week"),
                    Choice.of(
                            WEEKS_2,
                            "Every 2 weeks (default)",
                            "2",
                            "2w",
                            "2 weeks",
                            "biweekly",
                            "fortnightly",
                            "default"),
                    Choice.of(WEEKS_4, "Every 4 weeks", "4", "4w", "4 weeks", "monthly", "month"),
                    Choice.of(WEEKS_8, "Every 8 weeks", "8", "8w", "8 weeks", "two months")),
            Question.choice(
                    NEED_STILL_SURE,
                    "Knowing all this: are you sure you need ML?",
                    "The checklist ends where it began: are you sure you need ML at all?",
                    yes(),
                    unsure(),
                    no()));
}
