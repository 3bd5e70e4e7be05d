package dev.mlidea.conversations.intake;

/** How a question is answered: the kind decides which buttons are shown and how typed text is read. */
public enum QuestionKind {
    /** A free-text reply in the thread. */
    TEXT,
    /** One of a few named choices: buttons, or typed ("yes", "y", "2", "partly"). */
    CHOICE,
    /** 1–5 with labelled ends: buttons, or typed ("4", "4/5", "four"). */
    SCALE,
    /** Any number of named choices, none included: checkboxes and a Done button, or a typed list. */
    MULTI,
    /** People, as Slack mentions typed in a reply. */
    PEOPLE
}
