package dev.mlidea.bot.sandbox;

import static dev.mlidea.bot.sandbox.SandboxWorkspace.str;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.mlidea.bot.slack.SlackSignature;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntSupplier;

/**
 * What the page's typing and clicking become: exactly the request Slack would send (a slash command's
 * form, an Events API callback, an interaction's {@code payload=}), signed with the signing secret at
 * the real time and POSTed to the bot's own {@code /slack/events}. The bot's answer comes back as is.
 */
public final class SandboxRelay {
    /** Slack gives up on an app after three seconds; the sandbox waits longer so a slow first start still shows. */
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** The bot's HTTP answer to one relayed request. */
    public record Answer(int status, String body) {}

    private final SandboxWorkspace workspace;
    private final SandboxViews views;
    private final SlackSignature signature;
    private final IntSupplier botPort;
    private final String baseUrl;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public SandboxRelay(
            SandboxWorkspace workspace, SandboxViews views, String signingSecret, IntSupplier botPort, String baseUrl) {
        this.workspace = workspace;
        this.views = views;
        // Real time, not the bot's moved clock: the bot checks signatures against real time too.
        this.signature = new SlackSignature(signingSecret, Clock.systemUTC());
        this.botPort = botPort;
        this.baseUrl = baseUrl;
    }

    /** {@code /mlidea …} typed in a channel, a DM or a thread (Slack sends commands from threads without the thread). */
    public Answer command(String user, String channel, String text) {
        String responseUrl = baseUrl + "sandbox/respond/" + workspace.responseUrl(channel, user, null, null);
        var form = new java.util.LinkedHashMap<String, String>();
        form.put("token", "sandbox-verification-token");
        form.put("team_id", SandboxPeople.TEAM);
        form.put("team_domain", "sandbox");
        form.put("channel_id", channel);
        form.put("channel_name", SlackBodies.channelName(channel));
        form.put("user_id", user);
        form.put(
                "user_name",
                SandboxPeople.person(user).map(SandboxPeople.Person::name).orElse(user));
        form.put("command", "/mlidea");
        form.put("text", SlackBodies.typed(text, true));
        form.put("api_app_id", SandboxPeople.APP_ID);
        form.put("is_enterprise_install", "false");
        form.put("response_url", responseUrl);
        form.put("trigger_id", views.trigger(user));
        Answer answer = sendForm(form);
        showCommandAnswer(user, channel, answer);
        return answer;
    }

    /**
     * A message typed into a channel or a thread: it appears there, and when the bot is a member of the
     * channel Slack tells it (message.channels / message.groups / message.im).
     */
    public Answer message(String user, String channel, String threadTs, String text) {
        var m = new JsonObject();
        m.addProperty("channel", channel);
        m.addProperty("user", user);
        m.addProperty("text", SlackBodies.typed(text, false));
        if (threadTs != null) m.addProperty("thread_ts", threadTs);
        m.addProperty("client_msg_id", java.util.UUID.randomUUID().toString());
        workspace.add(m);
        if (!workspace.botIn(channel)) return new Answer(200, "");
        var event = m.deepCopy();
        event.addProperty("type", "message");
        event.addProperty("team", SandboxPeople.TEAM);
        event.addProperty("event_ts", str(m, "ts"));
        event.addProperty("channel_type", SlackBodies.channelType(channel));
        return send(SlackBodies.eventEnvelope(event, workspace.nextId("Ev")).toString(), "application/json");
    }

    /** {@code /invite @mlidea} in a channel: the bot becomes a member, and Slack sends member_joined_channel. */
    public Answer invite(String user, String channel) {
        if (workspace.botIn(channel)) {
            note(user, channel, "mlidea is already in this channel.");
            return new Answer(200, "");
        }
        workspace.botJoins(channel);
        var joined = new JsonObject();
        joined.addProperty("channel", channel);
        joined.addProperty("user", SandboxPeople.BOT_USER);
        joined.addProperty("subtype", "channel_join");
        joined.addProperty("text", "<@" + SandboxPeople.BOT_USER + "> joined, invited by <@" + user + ">");
        workspace.add(joined);
        var event = new JsonObject();
        event.addProperty("type", "member_joined_channel");
        event.addProperty("user", SandboxPeople.BOT_USER);
        event.addProperty("channel", channel);
        event.addProperty("channel_type", channel.startsWith("G") ? "G" : "C");
        event.addProperty("team", SandboxPeople.TEAM);
        event.addProperty("inviter", user);
        event.addProperty("event_ts", str(joined, "ts"));
        return send(SlackBodies.eventEnvelope(event, workspace.nextId("Ev")).toString(), "application/json");
    }

    /**
     * A click or a choice ({@code action}: Slack's action object without action_ts) on a message in
     * {@code channel} ({@code messageTs}) or in the modal {@code viewId}; {@code values} the state of the
     * message's or modal's inputs.
     */
    public Answer action(
            String user, String channel, String messageTs, String viewId, JsonObject action, JsonObject values) {
        action.addProperty("action_ts", Instant.now().getEpochSecond() + "." + workspace.nextId(""));
        var payload = SlackBodies.interaction("block_actions", user, views.trigger(user));
        var state = new JsonObject();
        state.add("values", values == null ? new JsonObject() : values);
        var container = new JsonObject();
        if (viewId != null) {
            JsonObject view = workspace.view(viewId).orElseThrow(() -> new IllegalArgumentException("no such view"));
            view.add("state", state);
            container.addProperty("type", "view");
            container.addProperty("view_id", viewId);
            payload.add("view", view);
        } else {
            JsonObject message = workspace
                    .message(channel, messageTs)
                    .orElseThrow(() -> new IllegalArgumentException("no such message"));
            boolean ephemeral = message.has("ephemeral_to");
            String threadTs = str(message, "thread_ts");
            container.addProperty("type", "message");
            container.addProperty("message_ts", messageTs);
            container.addProperty("channel_id", channel);
            container.addProperty("is_ephemeral", ephemeral);
            if (threadTs != null) container.addProperty("thread_ts", threadTs);
            payload.add("channel", SlackBodies.channel(channel));
            message.remove("channel");
            message.remove("ephemeral_to");
            if (!ephemeral) payload.add("message", message);
            payload.add("state", state);
            payload.addProperty(
                    "response_url",
                    baseUrl + "sandbox/respond/" + workspace.responseUrl(channel, user, messageTs, threadTs));
        }
        payload.add("container", container);
        var actions = new JsonArray();
        actions.add(action);
        payload.add("actions", actions);
        return sendForm(java.util.Map.of("payload", payload.toString()));
    }

    /** Submit in a modal: view_submission with the inputs' state; the bot's response_action is applied to the modal. */
    public Answer submit(String user, String viewId, JsonObject values) {
        JsonObject view = workspace.view(viewId).orElseThrow(() -> new IllegalArgumentException("no such view"));
        var state = new JsonObject();
        state.add("values", values == null ? new JsonObject() : values);
        view.add("state", state);
        var payload = SlackBodies.interaction("view_submission", user, views.trigger(user));
        payload.add("view", view);
        payload.add("response_urls", new JsonArray());
        Answer answer = sendForm(java.util.Map.of("payload", payload.toString()));
        if (answer.status() == 200) applyResponseAction(user, viewId, answer.body());
        return answer;
    }

    /** Cancel or ✕ on a modal: it closes, and the app hears view_closed when it asked to (notify_on_close). */
    public Answer close(String user, String viewId) {
        JsonObject view = workspace.view(viewId).orElse(null);
        workspace.closeView(viewId);
        if (view == null
                || !view.has("notify_on_close")
                || !view.get("notify_on_close").getAsBoolean()) {
            return new Answer(200, "");
        }
        var payload = SlackBodies.interaction("view_closed", user, views.trigger(user));
        payload.add("view", view);
        payload.addProperty("is_cleared", false);
        return sendForm(java.util.Map.of("payload", payload.toString()));
    }

    private void applyResponseAction(String user, String viewId, String body) {
        JsonObject answer = body == null || body.isBlank() ? new JsonObject() : parseOrEmpty(body);
        String action = str(answer, "response_action");
        if (action == null) {
            workspace.closeView(viewId);
        } else if (action.equals("clear")) {
            workspace.closeViews(user);
        } else if (action.equals("update") && answer.has("view")) {
            workspace.updateView(viewId, null, answer.getAsJsonObject("view"));
        } else if (action.equals("push") && answer.has("view")) {
            workspace.openView(user, answer.getAsJsonObject("view"), true);
        }
        // "errors": the modal stays open; the page shows them under their fields.
    }

    /** A slash command's immediate answer is shown to the person who typed it only, as Slack does. */
    private void showCommandAnswer(String user, String channel, Answer answer) {
        if (answer.status() != 200 || answer.body() == null || answer.body().isBlank()) return;
        JsonObject body = parseOrEmpty(answer.body());
        if (!body.has("text") && !body.has("blocks")) return;
        var m = new JsonObject();
        m.addProperty("channel", channel);
        m.addProperty("bot_id", SandboxPeople.BOT_ID);
        m.addProperty("user", SandboxPeople.BOT_USER);
        m.addProperty("text", body.has("text") ? body.get("text").getAsString() : "");
        if (body.has("blocks")) m.add("blocks", body.get("blocks"));
        if (!"in_channel".equals(str(body, "response_type"))) m.addProperty("ephemeral_to", user);
        workspace.add(m);
    }

    /** A line from Slack itself, seen only by {@code user} (an unknown command, say). */
    public void note(String user, String channel, String text) {
        var m = new JsonObject();
        m.addProperty("channel", channel);
        m.addProperty("user", "USLACKBOT");
        m.addProperty("text", text);
        m.addProperty("ephemeral_to", user);
        workspace.add(m);
    }

    private static JsonObject parseOrEmpty(String body) {
        try {
            var parsed = JsonParser.parseString(body);
            return parsed.isJsonObject() ? parsed.getAsJsonObject() : new JsonObject();
        } catch (RuntimeException e) {
            return new JsonObject();
        }
    }

    private Answer sendForm(java.util.Map<String, String> form) {
        var body = new StringBuilder();
        form.forEach((k, v) -> {
            if (body.length() > 0) body.append('&');
            body.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return send(body.toString(), "application/x-www-form-urlencoded");
    }

    private Answer send(String body, String contentType) {
        int port = botPort.getAsInt();
        if (port < 0) return new Answer(503, "{\"error\":\"mlidea is still starting\"}");
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .timeout(TIMEOUT)
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", signature.sign(timestamp, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(
                    502, "{\"error\":\"the bot did not answer: " + e.getClass().getSimpleName() + "\"}");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(503, "{\"error\":\"interrupted\"}");
        }
    }
}
