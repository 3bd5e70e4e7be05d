package dev.mlidea.bot.slack;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the Slack app must grant for the code to work: the command, the event subscriptions and the
 * bot token scopes each Web API method needs. {@code deploy/slack-app-manifest.yml} is written from
 * this, and {@code SlackAppManifestTest} checks both against what the code registers and calls, so a
 * new call without its scope, or a scope nothing needs any more, fails the build.
 */
public final class SlackSurface {
    /** The one slash command. */
    public static final String COMMAND = "/mlidea";

    /** Where Slack sends slash commands, events and interactivity alike. */
    public static final String EVENTS_PATH = "/slack/events";

    /** The scope a slash command needs. */
    public static final String COMMANDS_SCOPE = "commands";

    /**
     * Each Web API method the bot calls, with the bot token scopes it needs; an empty set where Slack
     * requires none. Scopes by conversation type: the bot works in public and private channels and in its
     * own direct messages.
     */
    public static final Map<String, Set<String>> METHOD_SCOPES = Map.ofEntries(
            Map.entry("auth.test", Set.of()),
            Map.entry("chat.postMessage", Set.of("chat:write")),
            Map.entry("chat.update", Set.of("chat:write")),
            Map.entry("chat.postEphemeral", Set.of("chat:write")),
            Map.entry("chat.getPermalink", Set.of()),
            // Joining a public channel before posting its card; a private one needs an /invite instead.
            Map.entry("conversations.join", Set.of("channels:join")),
            // Direct messages to one person at a time.
            Map.entry("conversations.open", Set.of("im:write")),
            // Looking for a post whose delivery Slack did not confirm, before sending it again.
            Map.entry("conversations.history", Set.of("channels:history", "groups:history", "im:history")),
            Map.entry("conversations.replies", Set.of("channels:history", "groups:history", "im:history")),
            // Whether a project's channel is private, for the summary.
            Map.entry("conversations.info", Set.of("channels:read", "groups:read")),
            Map.entry("users.info", Set.of("users:read")),
            Map.entry("views.open", Set.of()),
            Map.entry("files.getUploadURLExternal", Set.of("files:write")),
            Map.entry("files.completeUploadExternal", Set.of("files:write")));

    /**
     * The SDK's helpers that are several Web API calls: {@code filesUploadV2} gets an upload URL, sends
     * the bytes there (no method), then completes the upload (without {@code requestFileInfo}, no
     * {@code files.info}).
     */
    public static final Map<String, List<String>> SDK_HELPERS =
            Map.of("filesUploadV2", List.of("files.getUploadURLExternal", "files.completeUploadExternal"));

    /**
     * Each event type the bot listens to, with the subscriptions that deliver it: messages in public
     * and private channels and in the bot's direct messages (thread replies are answers).
     */
    public static final Map<String, List<String>> EVENT_SUBSCRIPTIONS = Map.of(
            "message", List.of("message.channels", "message.groups", "message.im"),
            "member_joined_channel", List.of("member_joined_channel"),
            "user_change", List.of("user_change"));

    /** The scopes each subscription needs. */
    public static final Map<String, Set<String>> SUBSCRIPTION_SCOPES = Map.of(
            "message.channels", Set.of("channels:history"),
            "message.groups", Set.of("groups:history"),
            "message.im", Set.of("im:history"),
            "member_joined_channel", Set.of("channels:read", "groups:read"),
            "user_change", Set.of("users:read"));

    private SlackSurface() {}
}
