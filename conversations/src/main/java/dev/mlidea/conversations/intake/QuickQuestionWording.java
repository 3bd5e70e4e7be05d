package dev.mlidea.conversations.intake;

import static dev.mlidea.conversations.intake.Questionnaire.*;

/**
 * The words of the quick intake's own questions (decision 0009): each asks in one question what
 * several of the full questionnaire ask, and {@link QuickAnswers} reads it as those.
 */
final class QuickQuestionWording {
    private QuickQuestionWording() {}

    static final Question USE_HOW_QUESTION = Question.choice(
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
                    "?"));

    static final Question NEED_ML_QUESTION = Question.choice(
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
                    "works"));

    static final Question DATA_STATE_QUESTION = Question.choice(
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
                    "nothing to collect it from"));

    static final Question COST_WRONG_ANSWER_QUESTION = Question.choice(
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
                    "unsafe"));

    static final Question DONE_BEFORE_QUESTION = Question.choice(
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
            Choice.of(DONE_NOBODY, "Not that we know of", "no", "n", "nobody", "not that we know of", "new", "never"),
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
                    "?"));
}
