package dev.mlidea.storage;

import java.util.Optional;
import java.util.UUID;

/**
 * A Web API call the bot owes. {@code blocks} is Block Kit JSON; {@code text} the notification
 * fallback. Thread messages name no thread: the dispatcher uses the project's card when it sends.
 */
public record OutboxMessage(
        String teamId,
        Optional<UUID> projectId,
        OutboxKind kind,
        String channelId,
        Optional<String> userId,
        Optional<String> responseUrl,
        String text,
        Optional<String> blocks,
        Optional<String> summaryKey) {

    public OutboxMessage(
            String teamId,
            Optional<UUID> projectId,
            OutboxKind kind,
            String channelId,
            Optional<String> userId,
            Optional<String> responseUrl,
            String text,
            Optional<String> blocks) {
        this(teamId, projectId, kind, channelId, userId, responseUrl, text, blocks, Optional.empty());
    }

    public static OutboxMessage forProject(ProjectRecord project, OutboxKind kind, String text, String blocks) {
        return new OutboxMessage(
                project.teamId(),
                Optional.of(project.id()),
                kind,
                project.channelId(),
                Optional.empty(),
                Optional.empty(),
                text,
                Optional.of(blocks));
    }

    public static OutboxMessage ephemeral(ProjectRecord project, String userId, String text, String blocks) {
        return new OutboxMessage(
                project.teamId(),
                Optional.of(project.id()),
                OutboxKind.EPHEMERAL_IN_THREAD,
                project.channelId(),
                Optional.of(userId),
                Optional.empty(),
                text,
                Optional.ofNullable(blocks));
    }

    /** Outside any project's queue: an answer to one slash command, seen only by the one who typed it. */
    public static OutboxMessage respond(
            String teamId, String channelId, String responseUrl, String text, String blocks) {
        return new OutboxMessage(
                teamId,
                Optional.empty(),
                OutboxKind.RESPOND,
                channelId,
                Optional.empty(),
                Optional.of(responseUrl),
                text,
                Optional.ofNullable(blocks));
    }

    /** A direct message to {@code userId} about {@code project} (a stakeholder's sign-off, the owner's reminder). */
    public static OutboxMessage direct(ProjectRecord project, String userId, String text, String blocks) {
        return new OutboxMessage(
                project.teamId(),
                Optional.of(project.id()),
                OutboxKind.DIRECT_MESSAGE,
                project.channelId(),
                Optional.of(userId),
                Optional.empty(),
                text,
                Optional.of(blocks));
    }

    /**
     * A direct message to {@code userId} about no project (the workspace's settings). The channel is the
     * recipient until conversations.open names the conversation, as for every direct message.
     */
    public static OutboxMessage dmTo(String teamId, String userId, String text, String blocks) {
        return new OutboxMessage(
                teamId,
                Optional.empty(),
                OutboxKind.DIRECT_MESSAGE,
                userId,
                Optional.of(userId),
                Optional.empty(),
                text,
                Optional.of(blocks));
    }

    /** Replaces the message whose button gave {@code responseUrl} (outside any project's queue). */
    public static OutboxMessage replaceOriginal(
            String teamId, String channelId, String responseUrl, String text, String blocks) {
        return new OutboxMessage(
                teamId,
                Optional.empty(),
                OutboxKind.REPLACE_ORIGINAL,
                channelId,
                Optional.empty(),
                Optional.of(responseUrl),
                text,
                Optional.ofNullable(blocks));
    }

    /** A summary's message in {@code channelId}; {@code key} names the summary (see {@code Summaries}). */
    public static OutboxMessage summary(String teamId, String channelId, String key, String text, String blocks) {
        return new OutboxMessage(
                teamId,
                Optional.empty(),
                OutboxKind.POST_SUMMARY,
                channelId,
                Optional.empty(),
                Optional.empty(),
                text,
                Optional.of(blocks),
                Optional.of(key));
    }

    /**
     * A summary's matrix picture, after its message: into {@code channelId}, or into the direct messages
     * of {@code toUser} when given. {@code title} names the file.
     */
    public static OutboxMessage summaryPicture(
            String teamId, String channelId, String key, String title, Optional<String> toUser) {
        return new OutboxMessage(
                teamId,
                Optional.empty(),
                OutboxKind.UPLOAD_SUMMARY_PICTURE,
                channelId,
                toUser,
                Optional.empty(),
                title,
                Optional.empty(),
                Optional.of(key));
    }
}
