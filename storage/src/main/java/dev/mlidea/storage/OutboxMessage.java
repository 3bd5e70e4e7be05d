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
        Optional<String> blocks) {

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
}
