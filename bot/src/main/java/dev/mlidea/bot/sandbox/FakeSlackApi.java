package dev.mlidea.bot.sandbox;

import static dev.mlidea.bot.sandbox.SandboxWorkspace.str;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack Web API as the bot uses it, answered from and into {@link SandboxWorkspace}: the same
 * methods, parameters, answer shapes and refusals (not_in_channel in a private channel the bot was not
 * invited to, invalid_auth for a wrong token) as slack.com, for one workspace.
 */
public final class FakeSlackApi {
    private static final Logger log = LoggerFactory.getLogger(FakeSlackApi.class);

    private final SandboxWorkspace workspace;
    private final String token;
    private final String baseUrl;
    private final Map<String, Function<Map<String, String>, JsonObject>> methods;
    private final SandboxViews views;

    public FakeSlackApi(SandboxWorkspace workspace, String token, String baseUrl, SandboxViews views) {
        this.workspace = workspace;
        this.token = token;
        this.baseUrl = baseUrl;
        this.views = views;
        this.methods = Map.ofEntries(
                Map.entry("auth.test", p -> authTest()),
                Map.entry("chat.postMessage", this::postMessage),
                Map.entry("chat.update", this::update),
                Map.entry("chat.postEphemeral", this::postEphemeral),
                Map.entry("chat.delete", this::delete),
                Map.entry("chat.getPermalink", this::permalink),
                Map.entry("conversations.join", this::join),
                Map.entry("conversations.open", this::open),
                Map.entry("conversations.info", this::info),
                Map.entry("conversations.history", p -> history(p, false)),
                Map.entry("conversations.replies", p -> history(p, true)),
                Map.entry("users.info", this::userInfo),
                Map.entry("views.open", p -> views.open(p, false)),
                Map.entry("views.push", p -> views.open(p, true)),
                Map.entry("views.update", views::update),
                Map.entry("views.publish", views::publish),
                Map.entry("files.getUploadURLExternal", this::uploadUrl),
                Map.entry("files.completeUploadExternal", this::completeUpload));
    }

    /** {@code POST /api/{method}}: form parameters in, Slack's JSON out. */
    public void handle(Context ctx) {
        String method = ctx.pathParam("method");
        String auth = ctx.header("Authorization");
        JsonObject answer;
        if (auth == null || !auth.equals("Bearer " + token)) {
            answer = error("invalid_auth");
        } else if (!methods.containsKey(method)) {
            log.warn("the sandbox's Slack does not know {}", method);
            answer = error("unknown_method");
        } else {
            var params = new java.util.LinkedHashMap<String, String>();
            ctx.formParamMap().forEach((k, v) -> params.put(k, v.isEmpty() ? "" : v.get(0)));
            answer = methods.get(method).apply(params);
        }
        ctx.contentType("application/json").result(answer.toString());
    }

    /** {@code POST /api/upload/{file}}: the bytes of an external upload. */
    public void upload(Context ctx) throws IOException {
        String id = ctx.pathParam("file");
        if (workspace.file(id).isEmpty()) {
            ctx.status(404).result("no such upload");
            return;
        }
        var target = workspace.fileBytes(id);
        Files.createDirectories(target.getParent());
        Files.write(target, SandboxFiles.png(ctx.bodyAsBytes()));
        ctx.result("OK - " + ctx.bodyAsBytes().length);
    }

    private JsonObject authTest() {
        var o = ok();
        o.addProperty("url", "https://sandbox.invalid/");
        o.addProperty("team", SandboxPeople.TEAM_NAME);
        o.addProperty("user", SandboxPeople.BOT_NAME);
        o.addProperty("team_id", SandboxPeople.TEAM);
        o.addProperty("user_id", SandboxPeople.BOT_USER);
        o.addProperty("bot_id", SandboxPeople.BOT_ID);
        o.addProperty("is_enterprise_install", false);
        return o;
    }

    private JsonObject postMessage(Map<String, String> p) {
        String channel = p.getOrDefault("channel", "");
        String refused = refusal(channel);
        if (refused != null) return error(refused);
        JsonObject m = botMessage(p);
        String thread = p.get("thread_ts");
        if (thread != null && !thread.isEmpty()) {
            if (workspace.message(channel, thread).isEmpty()) return error("thread_not_found");
            m.addProperty("thread_ts", thread);
        }
        if (p.containsKey("metadata")) m.add("metadata", JsonParser.parseString(p.get("metadata")));
        workspace.add(m);
        var o = ok();
        o.addProperty("channel", channel);
        o.addProperty("ts", str(m, "ts"));
        o.add("message", m);
        return o;
    }

    private JsonObject update(Map<String, String> p) {
        String channel = p.getOrDefault("channel", "");
        String ts = p.getOrDefault("ts", "");
        if (!workspace.update(channel, ts, p.get("text"), blocks(p))) return error("message_not_found");
        var o = ok();
        o.addProperty("channel", channel);
        o.addProperty("ts", ts);
        return o;
    }

    private JsonObject postEphemeral(Map<String, String> p) {
        String channel = p.getOrDefault("channel", "");
        String refused = refusal(channel);
        if (refused != null) return error(refused);
        if (SandboxPeople.person(p.getOrDefault("user", "")).isEmpty()) return error("user_not_in_channel");
        JsonObject m = botMessage(p);
        m.addProperty("ephemeral_to", p.get("user"));
        String thread = p.get("thread_ts");
        if (thread != null && !thread.isEmpty()) m.addProperty("thread_ts", thread);
        workspace.add(m);
        var o = ok();
        o.addProperty("message_ts", str(m, "ts"));
        return o;
    }

    private JsonObject delete(Map<String, String> p) {
        return workspace.delete(p.getOrDefault("channel", ""), p.getOrDefault("ts", ""))
                ? ok()
                : error("message_not_found");
    }

    private JsonObject permalink(Map<String, String> p) {
        var o = ok();
        o.addProperty("channel", p.get("channel"));
        o.addProperty(
                "permalink",
                baseUrl + "sandbox#" + p.getOrDefault("channel", "") + "/" + p.getOrDefault("message_ts", ""));
        return o;
    }

    private JsonObject join(Map<String, String> p) {
        String channel = p.getOrDefault("channel", "");
        var known = SandboxPeople.channel(channel);
        if (known.isEmpty()) return error("channel_not_found");
        if (known.get().isPrivate()) return error("method_not_supported_for_channel_type");
        workspace.botJoins(channel);
        var o = ok();
        o.add("channel", channelInfo(channel));
        return o;
    }

    private JsonObject open(Map<String, String> p) {
        String users = p.getOrDefault("users", "");
        var person = SandboxPeople.person(users.split(",")[0].trim());
        if (person.isEmpty()) return error("user_not_found");
        var o = ok();
        o.add("channel", channelInfo(SandboxPeople.dmWith(person.get().id())));
        return o;
    }

    private JsonObject info(Map<String, String> p) {
        String channel = p.getOrDefault("channel", "");
        if (SandboxPeople.channel(channel).isEmpty()
                && SandboxPeople.dmOwner(channel).isEmpty()) return error("channel_not_found");
        var o = ok();
        o.add("channel", channelInfo(channel));
        return o;
    }

    /** conversations.history / .replies: the bot's and people's messages, with metadata, newest first as Slack gives them. */
    private JsonObject history(Map<String, String> p, boolean replies) {
        String channel = p.getOrDefault("channel", "");
        if (!workspace.botIn(channel)) return error("not_in_channel");
        String thread = p.get("ts");
        double oldest = p.containsKey("oldest") ? Double.parseDouble(p.get("oldest")) : 0;
        List<JsonObject> found = workspace.messages(m -> channel.equals(str(m, "channel"))
                && !m.has("ephemeral_to")
                && Double.parseDouble(str(m, "ts")) >= oldest
                && (!replies || thread.equals(str(m, "ts")) || thread.equals(str(m, "thread_ts"))));
        var messages = new JsonArray();
        for (int i = found.size() - 1; i >= 0; i--) messages.add(found.get(i));
        var o = ok();
        o.add("messages", messages);
        o.addProperty("has_more", false);
        var meta = new JsonObject();
        meta.addProperty("next_cursor", "");
        o.add("response_metadata", meta);
        return o;
    }

    private JsonObject userInfo(Map<String, String> p) {
        var person = SandboxPeople.person(p.getOrDefault("user", ""));
        if (person.isEmpty()) return error("user_not_found");
        var u = new JsonObject();
        u.addProperty("id", person.get().id());
        u.addProperty("team_id", SandboxPeople.TEAM);
        u.addProperty("name", person.get().name());
        u.addProperty("real_name", person.get().realName());
        u.addProperty("tz", SandboxPeople.zone());
        u.addProperty(
                "tz_offset",
                java.time.ZoneId.of(SandboxPeople.zone())
                        .getRules()
                        .getOffset(java.time.Instant.now())
                        .getTotalSeconds());
        u.addProperty("is_bot", false);
        var profile = new JsonObject();
        profile.addProperty("real_name", person.get().realName());
        profile.addProperty("display_name", person.get().name());
        profile.addProperty("title", person.get().title());
        u.add("profile", profile);
        var o = ok();
        o.add("user", u);
        return o;
    }

    private JsonObject uploadUrl(Map<String, String> p) {
        String id = workspace.nextId("F");
        var info = new JsonObject();
        info.addProperty("id", id);
        info.addProperty("name", p.getOrDefault("filename", id + ".png"));
        info.addProperty("mimetype", "image/png");
        workspace.file(id, info);
        var o = ok();
        o.addProperty("upload_url", baseUrl + "api/upload/" + id);
        o.addProperty("file_id", id);
        return o;
    }

    /** The upload shared into its channel: a message from the bot carrying the file, as Slack shows it. */
    private JsonObject completeUpload(Map<String, String> p) {
        String channel = p.getOrDefault("channel_id", p.getOrDefault("channels", ""));
        String refused = refusal(channel);
        if (refused != null) return error(refused);
        var shared = new JsonArray();
        for (JsonElement e :
                JsonParser.parseString(p.getOrDefault("files", "[]")).getAsJsonArray()) {
            String id = str(e.getAsJsonObject(), "id");
            var info = workspace.file(id);
            if (info.isEmpty() || !Files.exists(workspace.fileBytes(id))) return error("file_not_found");
            JsonObject file = info.get();
            if (e.getAsJsonObject().has("title"))
                file.add("title", e.getAsJsonObject().get("title"));
            file.addProperty("url_private", "/sandbox/files/" + id);
            workspace.file(id, file);
            shared.add(file);
        }
        var m = new JsonObject();
        m.addProperty("channel", channel);
        m.addProperty("bot_id", SandboxPeople.BOT_ID);
        m.addProperty("user", SandboxPeople.BOT_USER);
        m.addProperty("text", p.getOrDefault("initial_comment", ""));
        m.add("files", shared);
        String thread = p.get("thread_ts");
        if (thread != null && !thread.isEmpty()) m.addProperty("thread_ts", thread);
        workspace.add(m);
        var o = ok();
        o.add("files", shared);
        return o;
    }

    /** Why the bot may not write in {@code channel}, or null: Slack's own error codes. */
    private String refusal(String channel) {
        if (SandboxPeople.channel(channel).isEmpty()
                && SandboxPeople.dmOwner(channel).isEmpty()) return "channel_not_found";
        return workspace.botIn(channel) ? null : "not_in_channel";
    }

    private static JsonObject botMessage(Map<String, String> p) {
        var m = new JsonObject();
        m.addProperty("channel", p.getOrDefault("channel", ""));
        m.addProperty("bot_id", SandboxPeople.BOT_ID);
        m.addProperty("user", SandboxPeople.BOT_USER);
        m.addProperty("text", p.getOrDefault("text", ""));
        JsonArray blocks = blocks(p);
        if (blocks != null) m.add("blocks", blocks);
        return m;
    }

    static JsonArray blocks(Map<String, String> p) {
        String raw = p.get("blocks");
        if (raw == null || raw.isBlank()) return null;
        return JsonParser.parseString(raw).getAsJsonArray();
    }

    private JsonObject channelInfo(String channel) {
        var c = new JsonObject();
        c.addProperty("id", channel);
        var known = SandboxPeople.channel(channel);
        boolean im = channel.startsWith("D");
        c.addProperty("name", known.map(SandboxPeople.Channel::name).orElse(channel));
        c.addProperty("is_channel", known.isPresent() && !known.get().isPrivate());
        c.addProperty("is_group", known.isPresent() && known.get().isPrivate());
        c.addProperty("is_im", im);
        c.addProperty("is_mpim", false);
        c.addProperty(
                "is_private", im || known.map(SandboxPeople.Channel::isPrivate).orElse(false));
        c.addProperty("is_member", workspace.botIn(channel));
        SandboxPeople.dmOwner(channel).ifPresent(p -> c.addProperty("user", p.id()));
        return c;
    }

    static JsonObject ok() {
        var o = new JsonObject();
        o.addProperty("ok", true);
        return o;
    }

    static JsonObject error(String code) {
        var o = new JsonObject();
        o.addProperty("ok", false);
        o.addProperty("error", code);
        return o;
    }
}
