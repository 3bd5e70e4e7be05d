package dev.mlidea.bot.requests;

import java.util.List;
import java.util.Map;

/**
 * The part of a Slack request the worker needs, stored as JSON in the inbox. Fields a kind does not
 * use are null. {@code threadTs} is the thread's root: the project card. {@code form} holds answers by
 * question key from the intake's form or people picker.
 */
public record InboxPayload(
        String channelId,
        String userId,
        String threadTs,
        String text,
        String questionKey,
        String value,
        List<String> selected,
        String responseUrl,
        String action,
        Integer version,
        Map<String, List<String>> form) {

    public static InboxPayload newProject(String channelId, String userId, String title, String responseUrl) {
        return new InboxPayload(channelId, userId, null, title, null, null, null, responseUrl, null, null, null);
    }

    public static InboxPayload reply(String channelId, String userId, String threadTs, String text) {
        return new InboxPayload(channelId, userId, threadTs, text, null, null, null, null, null, null, null);
    }

    public static InboxPayload click(String channelId, String userId, String threadTs, String key, String value) {
        return new InboxPayload(channelId, userId, threadTs, null, key, value, null, null, null, null, null);
    }

    public static InboxPayload toggle(
            String channelId, String userId, String threadTs, String key, List<String> selected) {
        return new InboxPayload(
                channelId, userId, threadTs, null, key, null, List.copyOf(selected), null, null, null, null);
    }

    public static InboxPayload botJoined(String channelId) {
        return new InboxPayload(channelId, null, null, null, null, null, null, null, null, null, null);
    }

    /** A button or menu on assessment {@code version}: {@code action} names it, {@code value} its choice. */
    public static InboxPayload assessmentAction(
            String channelId, String userId, String threadTs, String action, String value, Integer version) {
        return new InboxPayload(channelId, userId, threadTs, null, null, value, null, null, action, version, null);
    }

    /** Answers by question key from the quick-intake form, or from a question's people picker. */
    public static InboxPayload form(
            String channelId, String userId, String threadTs, Map<String, List<String>> answers) {
        return new InboxPayload(
                channelId, userId, threadTs, null, null, null, null, null, null, null, Map.copyOf(answers));
    }

    /** A stage chosen on the card: {@code threadTs} is the card's ts, {@code value} the stage id. */
    public static InboxPayload stageSelected(
            String channelId, String userId, String cardTs, String stageId, String responseUrl) {
        return new InboxPayload(channelId, userId, cardTs, null, null, stageId, null, responseUrl, "stage", null, null);
    }

    /** A button on a nudge in a project's thread: {@code action} names it, {@code value} the step. */
    public static InboxPayload ritualAction(
            String channelId, String userId, String threadTs, String action, String value) {
        return new InboxPayload(channelId, userId, threadTs, null, null, value, null, null, action, null, null);
    }

    /** A person's time zone as a {@code user_change} event carries it (an IANA id in {@code value}). */
    public static InboxPayload userZone(String userId, String tz) {
        return new InboxPayload(null, userId, null, null, null, tz, null, null, null, null, null);
    }

    /**
     * A slash command about an existing project: {@code action} names it, {@code text} names the project,
     * {@code people} are the users it mentions, {@code value} the whole command text.
     */
    public static InboxPayload projectCommand(
            String channelId,
            String userId,
            String action,
            String text,
            List<String> people,
            String value,
            String responseUrl) {
        return new InboxPayload(
                channelId, userId, null, text, null, value, List.copyOf(people), responseUrl, action, null, null);
    }

    /**
     * A re-check answer: {@code action} names it, {@code value} is the project id (or a stakeholder's
     * token), {@code form} the modal's fields; {@code responseUrl} answers the one who clicked, when any.
     */
    public static InboxPayload criteria(
            String channelId,
            String userId,
            String action,
            String value,
            Map<String, List<String>> fields,
            String responseUrl) {
        return new InboxPayload(
                channelId, userId, null, null, null, value, null, responseUrl, action, null, Map.copyOf(fields));
    }

    /** The workspace settings modal's fields by {@code SettingsField} id, saved by {@code userId}. */
    public static InboxPayload settings(String userId, Map<String, List<String>> fields) {
        return new InboxPayload(null, userId, null, null, null, null, null, null, null, null, Map.copyOf(fields));
    }
}
