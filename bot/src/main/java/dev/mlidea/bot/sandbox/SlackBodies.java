package dev.mlidea.bot.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The bodies Slack sends an app, built for the sandbox's people and channels (Slack's field names). */
final class SlackBodies {
    private static final Pattern AT_NAME = Pattern.compile("(?<![\\w<])@([a-z][a-z0-9._-]*)", Pattern.CASE_INSENSITIVE);

    private SlackBodies() {}

    /**
     * Typed text as Slack sends it: {@code &}, {@code <} and {@code >} escaped, and {@code @name} of
     * a sandbox person turned into a mention ({@code <@U…>}, or {@code <@U…|name>} in a command).
     */
    static String typed(String text, boolean command) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        Matcher m = AT_NAME.matcher(escaped);
        var out = new StringBuilder();
        while (m.find()) {
            var person = SandboxPeople.byName(m.group(1));
            String replacement = person.map(p -> "<@" + p.id() + (command ? "|" + p.name() : "") + ">")
                    .orElse(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String channelType(String channel) {
        if (channel.startsWith("D")) return "im";
        return channel.startsWith("G") ? "group" : "channel";
    }

    static String channelName(String channel) {
        return SandboxPeople.channel(channel).map(SandboxPeople.Channel::name).orElse("directmessage");
    }

    static JsonObject eventEnvelope(JsonObject event, String eventId) {
        var body = new JsonObject();
        body.addProperty("token", "sandbox-verification-token");
        body.addProperty("team_id", SandboxPeople.TEAM);
        body.addProperty("api_app_id", SandboxPeople.APP_ID);
        body.add("event", event);
        body.addProperty("type", "event_callback");
        body.addProperty("event_id", eventId);
        body.addProperty("event_time", Instant.now().getEpochSecond());
        var auth = new JsonObject();
        auth.addProperty("team_id", SandboxPeople.TEAM);
        auth.addProperty("user_id", SandboxPeople.BOT_USER);
        auth.addProperty("is_bot", true);
        auth.addProperty("is_enterprise_install", false);
        var auths = new JsonArray();
        auths.add(auth);
        body.add("authorizations", auths);
        body.addProperty("is_ext_shared_channel", false);
        return body;
    }

    static JsonObject team() {
        var team = new JsonObject();
        team.addProperty("id", SandboxPeople.TEAM);
        team.addProperty("domain", "sandbox");
        return team;
    }

    static JsonObject user(String userId) {
        var user = new JsonObject();
        user.addProperty("id", userId);
        user.addProperty(
                "username",
                SandboxPeople.person(userId).map(SandboxPeople.Person::name).orElse(userId));
        user.addProperty(
                "name",
                SandboxPeople.person(userId).map(SandboxPeople.Person::name).orElse(userId));
        user.addProperty("team_id", SandboxPeople.TEAM);
        return user;
    }

    static JsonObject channel(String channelId) {
        var channel = new JsonObject();
        channel.addProperty("id", channelId);
        channel.addProperty("name", channelName(channelId));
        return channel;
    }

    /** An interaction payload's common fields: type, team, user, app, token, trigger. */
    static JsonObject interaction(String type, String userId, String triggerId) {
        var payload = new JsonObject();
        payload.addProperty("type", type);
        payload.add("team", team());
        payload.add("user", user(userId));
        payload.addProperty("api_app_id", SandboxPeople.APP_ID);
        payload.addProperty("token", "sandbox-verification-token");
        payload.addProperty("trigger_id", triggerId);
        payload.addProperty("is_enterprise_install", false);
        return payload;
    }
}
