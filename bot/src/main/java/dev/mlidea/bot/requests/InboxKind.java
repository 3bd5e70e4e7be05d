package dev.mlidea.bot.requests;

/** What a stored Slack request asks for. Stored by name: renaming one needs a migration. */
public enum InboxKind {
    /** {@code /mlidea [title]}: start a project and its intake. */
    NEW_PROJECT,
    /** A reply in a project's thread: an answer, a control word, or discussion. */
    THREAD_REPLY,
    /** A button on a question. */
    CLICK,
    /** The checkboxes of a multi-select question changed. */
    TOGGLE,
    /** Change archetype or Looks right on an assessment. */
    ASSESSMENT_ACTION,
    /** Edit an answer from an assessment: re-opens one question, then re-assesses. */
    EDIT_ANSWER,
    /** The bot was added to a channel: messages waiting for an invite can go out. */
    BOT_JOINED,
    /** Answers from the quick-intake form, or people picked on a people question. */
    FORM,
    /** {@code /mlidea owners|more|stage <project> …}: a command about an existing project. */
    PROJECT_COMMAND,
    /** A stage chosen in the select on a project's card. */
    STAGE_MOVE,
    /** A button on a nudge: Done, Snooze a week, Pause project. */
    RITUAL_ACTION,
    /** A {@code user_change} event: the person's time zone, for working hours. */
    USER_ZONE,
    /**
     * The success criteria's re-check: still valid, updated or not worth it (from their modals), owners
     * asking stakeholders to confirm, a stakeholder agreeing or suggesting other words.
     */
    CRITERIA,
    /** The workspace settings modal saved: the fields as submitted, checked again by the worker. */
    SETTINGS
}
