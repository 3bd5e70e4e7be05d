package dev.mlidea.bot.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.mlidea.bot.slack.SlackSignature;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Sends requests to the running bot exactly as Slack does: form-encoded slash commands, JSON
 * {@code event_callback}s, {@code payload=}-encoded interactivity, each signed with the app's secret.
 */
public final class SlackDriver {
    public static final String SIGNING_SECRET = "0123456789abcdef0123456789abcdef";
    private static final AtomicLong IDS = new AtomicLong(1000);

    private final HttpClient http = HttpClient.newHttpClient();
    private java.time.Duration giveUpAfter;
    private final SlackSignature signature = new SlackSignature(SIGNING_SECRET, Clock.systemUTC());
    private final String team;
    private volatile int port;

    public SlackDriver(String team, int port) {
        this.team = team;
        this.port = port;
    }

    public void pointAt(int newPort) {
        this.port = newPort;
    }

    /** The port requests go to now. */
    public int port() {
        return port;
    }

    public static String nextId(String prefix) {
        return prefix + IDS.incrementAndGet();
    }

    public HttpResponse<String> slashCommand(String channel, String user, String text, String responseUrl) {
        var form = new LinkedHashMap<String, String>();
        form.put("token", "verification-token-unused");
        form.put("team_id", team);
        form.put("team_domain", "acme");
        form.put("channel_id", channel);
        form.put("channel_name", "ml-ideas");
        form.put("user_id", user);
        form.put("user_name", "someone");
        form.put("command", "/mlidea");
        form.put("text", text);
        form.put("api_app_id", "A0APP00001");
        form.put("is_enterprise_install", "false");
        form.put("response_url", responseUrl);
        form.put("trigger_id", nextId("13345224609.738474920.") + "8ef8");
        return sendForm(form);
    }

    /** A person's reply in a thread; Slack escapes &, < and > in the text it sends. */
    public HttpResponse<String> threadReply(String channel, String user, String threadTs, String text) {
        return threadReply(channel, user, threadTs, text, nextId("Ev0"), null);
    }

    /** A reply sent with "Also send to channel" ticked: Slack's {@code thread_broadcast} subtype. */
    public HttpResponse<String> threadBroadcast(String channel, String user, String threadTs, String text) {
        var event = new JsonObject();
        event.addProperty("type", "message");
        event.addProperty("subtype", "thread_broadcast");
        event.addProperty("channel", channel);
        event.addProperty("user", user);
        event.addProperty("text", slackEscape(text));
        String ts = Instant.now().getEpochSecond() + "." + String.format("%06d", IDS.incrementAndGet() % 1_000_000);
        event.addProperty("ts", ts);
        event.addProperty("thread_ts", threadTs);
        event.addProperty("event_ts", ts);
        event.addProperty("channel_type", "channel");
        return sendEvent(event, nextId("Ev0"), null);
    }

    public HttpResponse<String> threadReply(
            String channel, String user, String threadTs, String text, String eventId, Integer retryNum) {
        var event = new JsonObject();
        event.addProperty("type", "message");
        event.addProperty("channel", channel);
        event.addProperty("user", user);
        event.addProperty("text", slackEscape(text));
        String ts = Instant.now().getEpochSecond() + "." + String.format("%06d", IDS.incrementAndGet() % 1_000_000);
        event.addProperty("ts", ts);
        event.addProperty("thread_ts", threadTs);
        event.addProperty("event_ts", ts);
        event.addProperty("channel_type", channel.startsWith("G") ? "group" : "channel");
        return sendEvent(event, eventId, retryNum);
    }

    /** A {@code user_change} event: the person's profile changed, here their time zone. */
    public HttpResponse<String> userChange(String user, String tz) {
        var profile = new JsonObject();
        profile.addProperty("id", user);
        profile.addProperty("team_id", team);
        profile.addProperty("name", "someone");
        profile.addProperty("tz", tz);
        profile.addProperty("tz_offset", 0);
        var event = new JsonObject();
        event.addProperty("type", "user_change");
        event.add("user", profile);
        event.addProperty("event_ts", Instant.now().getEpochSecond() + ".000100");
        event.addProperty("cache_ts", Instant.now().getEpochSecond());
        return sendEvent(event, nextId("Ev0"), null);
    }

    public HttpResponse<String> memberJoined(String channel, String user) {
        var event = new JsonObject();
        event.addProperty("type", "member_joined_channel");
        event.addProperty("user", user);
        event.addProperty("channel", channel);
        event.addProperty("channel_type", "G");
        event.addProperty("team", team);
        event.addProperty("inviter", "U0INVITER1");
        event.addProperty("event_ts", Instant.now().getEpochSecond() + ".000100");
        return sendEvent(event, nextId("Ev0"), null);
    }

    public HttpResponse<String> sendEvent(JsonObject event, String eventId, Integer retryNum) {
        var body = new JsonObject();
        body.addProperty("token", "verification-token-unused");
        body.addProperty("team_id", team);
        body.addProperty("api_app_id", "A0APP00001");
        body.add("event", event);
        body.addProperty("type", "event_callback");
        body.addProperty("event_id", eventId);
        body.addProperty("event_time", Instant.now().getEpochSecond());
        var auth = new JsonObject();
        auth.addProperty("team_id", team);
        auth.addProperty("user_id", FakeSlack.BOT_USER);
        auth.addProperty("is_bot", true);
        var auths = new JsonArray();
        auths.add(auth);
        body.add("authorizations", auths);
        var headers = new LinkedHashMap<String, String>();
        headers.put("Content-Type", "application/json");
        if (retryNum != null) {
            headers.put("X-Slack-Retry-Num", retryNum.toString());
            headers.put("X-Slack-Retry-Reason", "http_timeout");
        }
        return send(body.toString(), headers, true);
    }

    /** A button click on a question message in a thread. */
    public HttpResponse<String> click(
            String channel, String user, String threadTs, String blockId, String actionId, String value) {
        var action = new JsonObject();
        action.addProperty("type", "button");
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", blockId);
        var text = new JsonObject();
        text.addProperty("type", "plain_text");
        text.addProperty("text", value);
        action.add("text", text);
        action.addProperty("value", value);
        action.addProperty("action_ts", nextId("1700000000."));
        return sendAction(channel, user, threadTs, action);
    }

    /**
     * A button on any message (a thread post, or a direct message when {@code threadTs} is null), with
     * the response_url Slack gives the click.
     */
    public HttpResponse<String> clickButton(
            String channel,
            String user,
            String threadTs,
            String blockId,
            String actionId,
            String value,
            String responseUrl) {
        var action = new JsonObject();
        action.addProperty("type", "button");
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", blockId);
        action.addProperty("value", value);
        action.addProperty("action_ts", nextId("1700000000."));
        JsonObject payload = actionPayload(channel, user, threadTs, action);
        payload.addProperty("response_url", responseUrl);
        return sendForm(Map.of("payload", payload.toString()));
    }

    /** A choice in a static select menu. */
    public HttpResponse<String> select(
            String channel, String user, String threadTs, String blockId, String actionId, String value) {
        var action = new JsonObject();
        action.addProperty("type", "static_select");
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", blockId);
        var option = new JsonObject();
        var text = new JsonObject();
        text.addProperty("type", "plain_text");
        text.addProperty("text", value);
        option.add("text", text);
        option.addProperty("value", value);
        action.add("selected_option", option);
        action.addProperty("action_ts", nextId("1700000000."));
        return sendAction(channel, user, threadTs, action);
    }

    /** The checkboxes of a multi-select question now show these values ticked. */
    public HttpResponse<String> toggle(
            String channel, String user, String threadTs, String blockId, List<String> selected) {
        var action = new JsonObject();
        action.addProperty("type", "checkboxes");
        action.addProperty("action_id", "toggle");
        action.addProperty("block_id", blockId);
        var options = new JsonArray();
        for (String value : selected) {
            var option = new JsonObject();
            var text = new JsonObject();
            text.addProperty("type", "plain_text");
            text.addProperty("text", value);
            option.add("text", text);
            option.addProperty("value", value);
            options.add(option);
        }
        action.add("selected_options", options);
        action.addProperty("action_ts", nextId("1700000000."));
        return sendAction(channel, user, threadTs, action);
    }

    /** A button on a project's card: the card is the thread's root, so the click names no thread. */
    public HttpResponse<String> clickOnCard(String channel, String user, String cardTs, String actionId, String value) {
        return clickOnCard(channel, user, cardTs, actionId, value, "http://127.0.0.1:1/actions/unused");
    }

    /** The same, with the response_url Slack gives the click (where the app may answer privately). */
    public HttpResponse<String> clickOnCard(
            String channel, String user, String cardTs, String actionId, String value, String responseUrl) {
        var action = new JsonObject();
        action.addProperty("type", "button");
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", "card.actions");
        action.addProperty("value", value);
        action.addProperty("action_ts", nextId("1700000000."));
        JsonObject payload = actionPayload(channel, user, null, action);
        payload.getAsJsonObject("container").addProperty("message_ts", cardTs);
        payload.getAsJsonObject("message").addProperty("ts", cardTs);
        payload.addProperty("response_url", responseUrl);
        return sendForm(Map.of("payload", payload.toString()));
    }

    /** A choice in a select on a project's card (the stage select): the card's own ts names the project. */
    public HttpResponse<String> selectOnCard(
            String channel, String user, String cardTs, String actionId, String value, String responseUrl) {
        var action = new JsonObject();
        action.addProperty("type", "static_select");
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", "card.actions");
        var option = new JsonObject();
        var text = new JsonObject();
        text.addProperty("type", "plain_text");
        text.addProperty("text", value);
        option.add("text", text);
        option.addProperty("value", value);
        action.add("selected_option", option);
        action.addProperty("action_ts", nextId("1700000000."));
        JsonObject payload = actionPayload(channel, user, null, action);
        payload.getAsJsonObject("container").addProperty("message_ts", cardTs);
        payload.getAsJsonObject("message").addProperty("ts", cardTs);
        payload.addProperty("response_url", responseUrl);
        return sendForm(Map.of("payload", payload.toString()));
    }

    /** People picked in a question's people picker. */
    public HttpResponse<String> pickPeople(
            String channel, String user, String threadTs, String blockId, List<String> ids) {
        var action = new JsonObject();
        action.addProperty("type", "multi_users_select");
        action.addProperty("action_id", "people");
        action.addProperty("block_id", blockId);
        var users = new JsonArray();
        ids.forEach(users::add);
        action.add("selected_users", users);
        action.addProperty("action_ts", nextId("1700000000."));
        return sendAction(channel, user, threadTs, action);
    }

    /**
     * A modal submitted: {@code values} is the view's state ({@code block_id → action_id → value}), as
     * Slack sends it; the answer is what the app says back (empty, or {@code response_action: errors}).
     */
    public HttpResponse<String> submitView(
            String user, String callbackId, String privateMetadata, JsonObject values, String viewId, String hash) {
        var payload = new JsonObject();
        payload.addProperty("type", "view_submission");
        var teamObj = new JsonObject();
        teamObj.addProperty("id", team);
        teamObj.addProperty("domain", "acme");
        payload.add("team", teamObj);
        var userObj = new JsonObject();
        userObj.addProperty("id", user);
        userObj.addProperty("username", "someone");
        userObj.addProperty("team_id", team);
        payload.add("user", userObj);
        payload.addProperty("api_app_id", "A0APP00001");
        payload.addProperty("token", "verification-token-unused");
        payload.addProperty("trigger_id", nextId("13345224609.738474920.") + "8ef8");
        var view = new JsonObject();
        view.addProperty("id", viewId);
        view.addProperty("team_id", team);
        view.addProperty("type", "modal");
        view.addProperty("callback_id", callbackId);
        view.addProperty("private_metadata", privateMetadata);
        view.addProperty("hash", hash);
        var state = new JsonObject();
        state.add("values", values);
        view.add("state", state);
        view.add("blocks", new JsonArray());
        payload.add("view", view);
        return sendForm(Map.of("payload", payload.toString()));
    }

    private HttpResponse<String> sendAction(String channel, String user, String threadTs, JsonObject action) {
        return sendForm(
                Map.of("payload", actionPayload(channel, user, threadTs, action).toString()));
    }

    private JsonObject actionPayload(String channel, String user, String threadTs, JsonObject action) {
        var payload = new JsonObject();
        payload.addProperty("type", "block_actions");
        var teamObj = new JsonObject();
        teamObj.addProperty("id", team);
        teamObj.addProperty("domain", "acme");
        payload.add("team", teamObj);
        var userObj = new JsonObject();
        userObj.addProperty("id", user);
        userObj.addProperty("username", "someone");
        userObj.addProperty("team_id", team);
        payload.add("user", userObj);
        payload.addProperty("api_app_id", "A0APP00001");
        payload.addProperty("token", "verification-token-unused");
        var container = new JsonObject();
        container.addProperty("type", "message");
        container.addProperty("message_ts", nextId("1700000001."));
        container.addProperty("channel_id", channel);
        container.addProperty("is_ephemeral", false);
        container.addProperty("thread_ts", threadTs);
        payload.add("container", container);
        payload.addProperty("trigger_id", nextId("13345224609.738474920.") + "8ef8");
        var channelObj = new JsonObject();
        channelObj.addProperty("id", channel);
        channelObj.addProperty("name", "ml-ideas");
        payload.add("channel", channelObj);
        var message = new JsonObject();
        message.addProperty("type", "message");
        message.addProperty("ts", container.get("message_ts").getAsString());
        message.addProperty("thread_ts", threadTs);
        message.addProperty("bot_id", "B0BOTID001");
        message.addProperty("text", "question");
        payload.add("message", message);
        payload.addProperty("response_url", "http://127.0.0.1:1/actions/unused");
        var actions = new JsonArray();
        actions.add(action);
        payload.add("actions", actions);
        return payload;
    }

    public HttpResponse<String> sendForm(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(body, Map.of("Content-Type", "application/x-www-form-urlencoded"), true);
    }

    /** Sends {@code body} to /slack/events, signed correctly or (for {@code signed=false}) with a wrong signature. */
    public HttpResponse<String> send(String body, Map<String, String> headers, boolean signed) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String sig = signed ? signature.sign(timestamp, body.getBytes(StandardCharsets.UTF_8)) : "v0=" + "0".repeat(64);
        return sendRaw(body, headers, timestamp, sig);
    }

    /**
     * From now on, a request the bot has not answered within {@code limit} fails, as Slack gives up on
     * one after 3 seconds; {@code null} waits for ever.
     */
    public void giveUpAfter(java.time.Duration limit) {
        this.giveUpAfter = limit;
    }

    public HttpResponse<String> sendRaw(String body, Map<String, String> headers, String timestamp, String sig) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (giveUpAfter != null) request.timeout(giveUpAfter);
        headers.forEach(request::header);
        if (timestamp != null) request.header("X-Slack-Request-Timestamp", timestamp);
        if (sig != null) request.header("X-Slack-Signature", sig);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public SlackSignature signature() {
        return signature;
    }

    /** As Slack sends typed text: &, < and > escaped, but real mentions ({@code <@U…>}) kept as markup. */
    static String slackEscape(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return escaped.replaceAll("&lt;(@[UW][A-Z0-9]+)&gt;", "<$1>");
    }
}
