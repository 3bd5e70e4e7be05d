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
            Question.choice(
                    USE_HOW,
                    "How would it be used?",
                    "The lecture's archetypes are defined by how they interact with real-world use: Software 2.0"
                            + " augments what software does automatically today, human-in-the-loop tools help people"
                            + " who approve the output, autonomous systems act without human input.",
                    Choice.of(
                            USE_SOFTWARE_TODAY,
                            "Software does it today; ML would improve it",
                            "software",
                            "software does it",
                            "software does it today",
                            "software today",
                            "improve it",
                            "software 2.0"),
                    Choice.of(
                            USE_PERSON_DECIDES,
                            "A person decides with its output",
                            "a person decides",
                            "person decides",
                            "person",
                            "a person",
                            "human",
                            "human in the loop",
                            "someone decides"),
                    Choice.of(
                            USE_ACTS_ALONE,
                            "It acts on its own; nobody can step in",
                            "it acts on its own",
                            "acts on its own",
                            "on its own",
                            "acts alone",
                            "alone",
                            "autonomous"),
                    Choice.of(
                            UNSURE,
                            "Not sure yet",
                            "not sure",
                            "unsure",
                            "not sure yet",
                            "maybe",
                            "dunno",
                            "don't know",
                            "dont know",
                            "?")),
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
            Question.choice(
                    NEED_ML,
                    "Does it need ML?",
                    "Do you really need ML to solve this problem? Do you need to solve the problem at all? Have"
                            + " you tried using rules or simple statistics to solve it?",
                    Choice.of(
                            NEED_NOT_NEEDED,
                            "Honestly, it doesn't need solving",
                            "doesn't need solving",
                            "doesnt need solving",
                            "it doesn't need solving",
                            "not needed",
                            "no need"),
                    Choice.of(
                            BASELINE_NONE,
                            "Maybe: rules or statistics not tried yet",
                            "maybe",
                            "not tried",
                            "not tried yet",
                            "none",
                            "no rules yet"),
                    Choice.of(
                            BASELINE_FELL_SHORT,
                            "Yes: rules or statistics fell short",
                            "yes",
                            "y",
                            "fell short",
                            "tried, fell short",
                            "not good enough"),
                    Choice.of(
                            BASELINE_GOOD_ENOUGH,
                            "No: rules or statistics do well enough",
                            "no",
                            "n",
                            "good enough",
                            "tried, good enough",
                            "rules work",
                            "works")),
            Question.choice(
                    NEED_SOLVE_AT_ALL,
                    "Does this problem need solving at all, right now?",
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
            Question.choice(
                    DATA_STATE,
                    "The data it would learn from: where is it today?",
                    "Are you ready to use ML? Do you have a product? Are you collecting data and storing it in a"
                            + " sane way? Data availability is the first cost driver: how hard is it to acquire data,"
                            + " how expensive is labeling it?",
                    Choice.of(
                            DATA_LABELED,
                            "Collected and labeled",
                            "labeled",
                            "labelled",
                            "collected and labeled",
                            "collected and labelled"),
                    Choice.of(
                            DATA_UNLABELED,
                            "Collected, not labeled",
                            "unlabeled",
                            "unlabelled",
                            "not labeled",
                            "not labelled",
                            "collected not labeled",
                            "collected, not labelled"),
                    Choice.of(PARTLY, "Partly collected", "partly", "partly collected", "some", "partially"),
                    Choice.of(
                            DATA_NONE,
                            "Not collected yet",
                            "none",
                            "no",
                            "not collected",
                            "not collected yet",
                            "not yet",
                            "no data"),
                    Choice.of(
                            DATA_NO_PRODUCT,
                            "Nothing to collect it from yet: no product or workflow",
                            "no product",
                            "no product yet",
                            "no workflow",
                            "no workflow yet",
                            "nothing to collect it from")),
            Question.scale(
                    COST_DATA,
                    "How available is the data? (acquiring, labeling, how much, how stable, how secure)",
                    "Data availability is the first cost driver of an ML project.",
                    "hard to get or label",
                    "plenty, labeled, stable"),
            Question.choice(
                    COST_WRONG_ANSWER,
                    "When it gets one wrong, what happens?",
                    "Accuracy requirement: how costly are wrong predictions? What are the ethical implications of"
                            + " your model making wrong predictions? ML project costs tend to scale super-linearly in"
                            + " the accuracy requirement.",
                    Choice.of(
                            WRONG_ANNOYANCE,
                            "An annoyance: it's ignored or undone",
                            "annoyance",
                            "an annoyance",
                            "annoying",
                            "nothing much",
                            "a shrug",
                            "shrug"),
                    Choice.of(
                            WRONG_SETBACK,
                            "A setback: some time or money to put right",
                            "setback",
                            "a setback",
                            "some time",
                            "time",
                            "put right"),
                    Choice.of(
                            WRONG_COSTLY,
                            "It loses real money or customers' trust",
                            "costly",
                            "money",
                            "expensive",
                            "trust",
                            "loses money",
                            "loses trust"),
                    Choice.of(
                            WRONG_UNFAIR,
                            "It's unfair to someone (a job, a loan, their rights)",
                            "unfair",
                            "unfair to someone",
                            "it's unfair",
                            "discrimination",
                            "biased"),
                    Choice.of(
                            WRONG_HARM,
                            "Someone could be harmed",
                            "harm",
                            "harmed",
                            "someone harmed",
                            "someone could be harmed",
                            "dangerous",
                            "unsafe")),
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
            Question.choice(
                    DONE_BEFORE,
                    "Has something like it been done before?",
                    "Problem difficulty: is there good published work on similar problems? Look at what other people"
                            + " in the industry are doing.",
                    Choice.of(
                            DONE_PUBLISHED,
                            "Yes: published, or others already do it",
                            "yes",
                            "y",
                            "published",
                            "done before",
                            "others do it"),
                    Choice.of(DONE_SIMILAR, "Something similar has", "similar", "something similar", "kind of"),
                    Choice.of(
                            DONE_NOBODY,
                            "Not that we know of",
                            "no",
                            "n",
                            "nobody",
                            "not that we know of",
                            "new",
                            "never"),
                    Choice.of(
                            UNSURE,
                            "We haven't looked yet",
                            "haven't looked",
                            "havent looked",
                            "not looked",
                            "unsure",
                            "not sure",
                            "don't know",
                            "dont know",
                            "?")),
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
