package dev.mlidea.bot.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Request bodies nobody should send, from a seeded {@link Random} so a failure can be replayed: random
 * and truncated bytes, bodies under the wrong content type, payloads of unknown or malformed shape, and
 * well-formed requests whose every text field is hostile (control characters, lone surrogates, markup,
 * very long text). Shapes follow what Slack sends, so the garbage gets past the first checks.
 */
final class HostileBodies {
    static final String FORM = "application/x-www-form-urlencoded";
    static final String JSON = "application/json";

    /** A body and the content type it is sent with ({@code null}: no Content-Type header). */
    record Body(String kind, String contentType, byte[] bytes) {}

    private static final List<String> CONTENT_TYPES = java.util.Arrays.asList(
            FORM,
            JSON,
            "text/plain",
            "multipart/form-data; boundary=x",
            "application/xml",
            "application/json; charset=utf-16",
            FORM + "; charset=iso-8859-1",
            "",
            ";;;",
            null);

    private static final List<String> HOSTILE = List.of(
            "",
            " ",
            "\u0000",
            "\u0000\u0001\u0007\b\u001b[31m\u007f",
            "\r\n\r\nHTTP/1.1 200 OK\r\n",
            "\u202eevil\u202c",
            "\ud800",
            "\udfff\ud800",
            "😀👩‍💻🏳️‍🌈",
            "Ω≈ç√∫˜µ≤≥÷ 田中さん 사회과학원 ﷽",
            "<script>alert(1)</script>",
            "&amp;&lt;&gt; <!channel> <@U0ALL> <#C0X|x> *bold* `code` ```pre```",
            "'; DROP TABLE projects; --",
            "${jndi:ldap://127.0.0.1:1/x}",
            "%00%ZZ%E2%82",
            "\\u0000\\\"",
            "null",
            "{}",
            "[]",
            "-1",
            "9999999999999999999999999",
            "1700000000.000100");
    /** As long as Slack lets a message be, and longer than any field it sends. */
    private static final List<String> LONG = List.of("x".repeat(40_000), "é".repeat(5_000), "\u0000".repeat(2_000));

    private final Random random;

    HostileBodies(long seed) {
        this.random = new Random(seed);
    }

    Body next(String team) {
        return switch (random.nextInt(11)) {
            case 0 -> new Body("random bytes", contentType(), randomBytes(random.nextInt(2048)));
            case 1 ->
                new Body("truncated event", JSON, truncate(utf8(event(team).toString())));
            case 2 -> new Body("truncated command", FORM, truncate(utf8(command(team))));
            case 3 -> new Body("truncated payload", FORM, truncate(utf8(payloadForm(action(team)))));
            case 4 -> new Body("wrong content type", otherThan(), utf8(wellFormed(team)));
            case 5 -> new Body("unknown payload type", FORM, utf8(payloadForm(unknownType(team))));
            case 6 -> new Body("malformed payload", FORM, utf8(malformedPayload(team)));
            case 7 -> new Body("hostile event", JSON, utf8(event(team).toString()));
            case 8 -> new Body("hostile action", FORM, utf8(payloadForm(action(team))));
            case 9 -> new Body("hostile view", FORM, utf8(payloadForm(view(team))));
            default -> new Body("odd json", JSON, utf8(oddJson(team)));
        };
    }

    /**
     * A slash command with hostile fields. Kept apart from {@link #next}: a signed one may start a
     * project, so the test sends only a few.
     */
    Body hostileCommand(String team) {
        return new Body("hostile command", FORM, utf8(command(team)));
    }

    String hostile() {
        if (random.nextInt(50) == 0) return LONG.get(random.nextInt(LONG.size()));
        if (random.nextInt(4) == 0) return randomText(random.nextInt(64));
        return HOSTILE.get(random.nextInt(HOSTILE.size()));
    }

    private String randomText(int length) {
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int plane = random.nextInt(4);
            int cp = switch (plane) {
                case 0 -> random.nextInt(0x20);
                case 1 -> random.nextInt(0xD800);
                case 2 -> 0xE000 + random.nextInt(0x2000);
                default -> 0x1F300 + random.nextInt(0x300);
            };
            text.appendCodePoint(cp);
        }
        return text.toString();
    }

    private String contentType() {
        return CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
    }

    private String otherThan() {
        String type = contentType();
        return type == null ? "text/plain" : type;
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] truncate(byte[] whole) {
        return java.util.Arrays.copyOf(whole, random.nextInt(Math.max(1, whole.length)));
    }

    private String wellFormed(String team) {
        return switch (random.nextInt(3)) {
            case 0 -> event(team).toString();
            case 1 -> command(team);
            default -> payloadForm(action(team));
        };
    }

    private JsonObject event(String team) {
        var event = new JsonObject();
        String[] types = {"message", "app_mention", "member_joined_channel", "user_change", "app_uninstalled", hostile()
        };
        event.addProperty("type", types[random.nextInt(types.length)]);
        if (random.nextBoolean()) event.addProperty("subtype", hostile());
        event.addProperty("channel", hostile());
        event.addProperty("user", random.nextBoolean() ? hostile() : "U0HOSTILE1");
        event.addProperty("text", hostile());
        event.addProperty("ts", hostile());
        event.addProperty("thread_ts", random.nextBoolean() ? hostile() : "1700000000.000100");
        event.addProperty("event_ts", hostile());
        event.addProperty("channel_type", hostile());
        if (random.nextInt(4) == 0) event.add("user", profile());
        var body = new JsonObject();
        body.addProperty("token", hostile());
        body.addProperty("team_id", random.nextBoolean() ? team : hostile());
        body.addProperty("api_app_id", hostile());
        body.add("event", event);
        String[] outer = {"event_callback", "event_callback", "url_verification", "app_rate_limited", hostile()};
        body.addProperty("type", outer[random.nextInt(outer.length)]);
        body.addProperty("challenge", hostile());
        body.addProperty("event_id", "Ev0H" + hostile());
        body.addProperty("event_time", random.nextBoolean() ? "1700000000" : hostile());
        return body;
    }

    private JsonObject profile() {
        var profile = new JsonObject();
        profile.addProperty("id", hostile());
        profile.addProperty("tz", hostile());
        profile.addProperty("tz_offset", hostile());
        return profile;
    }

    private String command(String team) {
        var form = new java.util.LinkedHashMap<String, String>();
        form.put("token", hostile());
        form.put("team_id", random.nextBoolean() ? team : hostile());
        form.put("team_domain", hostile());
        form.put("channel_id", hostile());
        form.put("channel_name", hostile());
        form.put("user_id", hostile());
        form.put("user_name", hostile());
        form.put("command", random.nextBoolean() ? "/mlidea" : hostile());
        form.put("text", hostile());
        form.put("api_app_id", hostile());
        form.put("response_url", random.nextBoolean() ? "http://127.0.0.1:1/x" : hostile());
        form.put("trigger_id", hostile());
        return formOf(form);
    }

    private JsonObject action(String team) {
        var payload = new JsonObject();
        String[] types = {
            "block_actions", "block_actions", "view_closed", "shortcut", "message_action", "block_suggestion"
        };
        payload.addProperty("type", types[random.nextInt(types.length)]);
        payload.add("team", idObject(team));
        payload.add("user", idObject(hostile()));
        payload.addProperty("api_app_id", hostile());
        payload.addProperty("trigger_id", hostile());
        payload.addProperty("response_url", random.nextBoolean() ? "http://127.0.0.1:1/x" : hostile());
        var container = new JsonObject();
        container.addProperty("type", hostile());
        container.addProperty("message_ts", hostile());
        container.addProperty("channel_id", hostile());
        container.addProperty("thread_ts", hostile());
        payload.add("container", container);
        payload.add("channel", idObject(hostile()));
        var message = new JsonObject();
        message.addProperty("ts", hostile());
        message.addProperty("thread_ts", hostile());
        message.addProperty("text", hostile());
        payload.add("message", message);
        var action = new JsonObject();
        String[] actionTypes = {"button", "static_select", "checkboxes", "multi_users_select", "overflow", hostile()};
        action.addProperty("type", actionTypes[random.nextInt(actionTypes.length)]);
        String[] actionIds = {"toggle", "people", "answer.1", "card.stage", "why", hostile()};
        action.addProperty("action_id", actionIds[random.nextInt(actionIds.length)]);
        action.addProperty("block_id", random.nextBoolean() ? "a." + hostile() : hostile());
        action.addProperty("value", hostile());
        action.addProperty("action_ts", hostile());
        if (random.nextBoolean()) {
            var option = new JsonObject();
            option.addProperty("value", hostile());
            action.add("selected_option", option);
        }
        if (random.nextBoolean()) {
            var users = new JsonArray();
            users.add(hostile());
            action.add("selected_users", users);
        }
        var actions = new JsonArray();
        actions.add(action);
        payload.add("actions", actions);
        return payload;
    }

    private JsonObject view(String team) {
        var payload = new JsonObject();
        payload.addProperty("type", random.nextBoolean() ? "view_submission" : "view_closed");
        payload.add("team", idObject(team));
        payload.add("user", idObject(hostile()));
        payload.addProperty("trigger_id", hostile());
        var view = new JsonObject();
        view.addProperty("id", hostile());
        view.addProperty("type", "modal");
        String[] callbacks = {"quick", "criteria", "settings", hostile()};
        view.addProperty("callback_id", callbacks[random.nextInt(callbacks.length)]);
        view.addProperty("private_metadata", hostile());
        view.addProperty("hash", hostile());
        var values = new JsonObject();
        var block = new JsonObject();
        var input = new JsonObject();
        input.addProperty("type", random.nextBoolean() ? "plain_text_input" : hostile());
        input.addProperty("value", hostile());
        var option = new JsonObject();
        option.addProperty("value", hostile());
        input.add("selected_option", option);
        block.add(hostile(), input);
        values.add(hostile(), block);
        var state = new JsonObject();
        state.add("values", values);
        view.add("state", state);
        payload.add("view", view);
        return payload;
    }

    private JsonObject idObject(String id) {
        var object = new JsonObject();
        object.addProperty("id", id);
        object.addProperty("team_id", hostile());
        return object;
    }

    private JsonObject unknownType(String team) {
        JsonObject payload = random.nextBoolean() ? action(team) : view(team);
        payload.addProperty("type", hostile() + "_unknown");
        return payload;
    }

    private String malformedPayload(String team) {
        String[] shapes = {
            "{not json",
            "null",
            "[]",
            "123",
            "\"a string\"",
            "{\"type\":\"block_actions\"}",
            "{\"type\":\"block_actions\",\"team\":\"" + team + "\",\"actions\":5}",
            "{\"type\":\"block_actions\",\"team\":{\"id\":\"" + team + "\"},\"actions\":[null,1,\"x\"]}",
            "{\"type\":\"block_actions\",\"team\":{\"id\":\"" + team + "\"},\"container\":[],\"actions\":[{}]}",
            "{\"type\":\"view_submission\",\"team\":{\"id\":\"" + team + "\"},\"view\":\"x\"}",
            "{\"type\":\"view_submission\",\"team\":{\"id\":\"" + team + "\"},\"view\":{\"state\":{\"values\":[]}}}",
            "{\"type\":" + "[".repeat(5_000),
            "{\"type\":\"block_actions\"," + "\"a\":{".repeat(3_000),
        };
        String payload = shapes[random.nextInt(shapes.length)];
        return random.nextInt(5) == 0
                ? "payload=" + payload + "&payload=" + hostile() // raw, not encoded, and twice
                : "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
    }

    private String oddJson(String team) {
        String[] shapes = {
            "",
            "{}",
            "[]",
            "null",
            "{\"type\":\"event_callback\"}",
            "{\"type\":\"event_callback\",\"team_id\":\"" + team + "\",\"event\":null}",
            "{\"type\":\"event_callback\",\"team_id\":\"" + team + "\",\"event\":[1,2]}",
            "{\"type\":\"event_callback\",\"team_id\":\"" + team + "\",\"event\":{\"type\":5}}",
            "{\"type\":\"url_verification\"}",
            "{\"type\":\"event_callback\",\"event\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}",
            "{\"type\":\"event_callback\",\"event\":{\"type\":\"message\",\"text\":\"" + "\\ud800".repeat(100) + "\"}}",
            "\ufeff{\"type\":\"event_callback\"}",
        };
        return shapes[random.nextInt(shapes.length)];
    }

    private static String payloadForm(JsonObject payload) {
        return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
    }

    private static String formOf(java.util.Map<String, String> form) {
        var body = new StringBuilder();
        form.forEach((k, v) -> {
            if (body.length() > 0) body.append('&');
            body.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return body.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
