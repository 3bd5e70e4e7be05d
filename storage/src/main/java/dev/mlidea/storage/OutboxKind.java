package dev.mlidea.storage;

/** What the dispatcher does with an outbox row. */
public enum OutboxKind {
    /** chat.postMessage of the project card; its ts becomes the project's thread. */
    POST_CARD,
    /** chat.update of the project card. Only the newest pending one is sent. */
    UPDATE_CARD,
    /** chat.postMessage in the card's thread. */
    POST_IN_THREAD,
    /** chat.postMessage of the intake's live question message in the thread; its ts is kept to edit it. */
    POST_QUESTION,
    /** chat.update of the live question message. Only the newest pending one for that message is sent. */
    UPDATE_QUESTION,
    /** chat.postEphemeral to one user, in the card's thread. */
    EPHEMERAL_IN_THREAD,
    /** An ephemeral answer through a slash command's response_url (works where the bot is not a member). */
    RESPOND,
    /**
     * A direct message to {@code userId} about the project: conversations.open, then chat.postMessage in
     * that conversation.
     */
    DIRECT_MESSAGE,
    /** Replaces the message a button was clicked on, through the click's response_url (a DM's buttons). */
    REPLACE_ORIGINAL,
    /** chat.postMessage of a weekly summary in its channel; its ts is recorded on the summary. */
    POST_SUMMARY,
    /** The summary's matrix picture, uploaded into its channel (files.getUploadURLExternal … completeUploadExternal). */
    UPLOAD_SUMMARY_PICTURE;

    /** A post that Slack could have accepted without our hearing of it: sending it twice shows it twice. */
    public boolean isPost() {
        return this == POST_CARD
                || this == POST_IN_THREAD
                || this == POST_QUESTION
                || this == DIRECT_MESSAGE
                || this == POST_SUMMARY
                || this == UPLOAD_SUMMARY_PICTURE;
    }
}
