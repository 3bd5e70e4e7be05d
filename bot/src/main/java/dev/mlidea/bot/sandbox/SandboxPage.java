package dev.mlidea.bot.sandbox;

import static dev.mlidea.bot.sandbox.SandboxWorkspace.str;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The page at {@code /sandbox} and what it calls: the workspace as one person sees it
 * ({@code GET /sandbox/api/state}), their typing and clicking ({@code POST /sandbox/api/act}, through
 * {@link SandboxRelay}), the clock and Reset. Registered only in the sandbox, never on the bot's server.
 */
public final class SandboxPage {
    private static final Map<String, String> ASSETS = Map.of(
            "index.html",
            "text/html; charset=utf-8",
            "app.js",
            "text/javascript; charset=utf-8",
            "blocks.js",
            "text/javascript; charset=utf-8",
            "app.css",
            "text/css; charset=utf-8");
    private static final Map<String, Duration> FORWARD =
            Map.of("hour", Duration.ofHours(1), "day", Duration.ofDays(1), "week", Duration.ofDays(7));

    private final SandboxWorkspace workspace;
    private final SandboxClock clock;
    private final SandboxRelay relay;
    private final Supplier<Sandbox> sandbox;

    SandboxPage(SandboxWorkspace workspace, SandboxClock clock, SandboxRelay relay, Supplier<Sandbox> sandbox) {
        this.workspace = workspace;
        this.clock = clock;
        this.relay = relay;
        this.sandbox = sandbox;
    }

    static void routes(JavalinConfig javalin, FakeSlackApi api, SandboxResponses responses, SandboxPage page) {
        javalin.routes.post("/api/upload/{file}", api::upload);
        javalin.routes.post("/api/{method}", api::handle);
        javalin.routes.post("/sandbox/respond/{id}", responses::handle);
        javalin.routes.get("/", ctx -> ctx.redirect("/sandbox"));
        javalin.routes.get("/sandbox", ctx -> page.asset(ctx, "index.html"));
        javalin.routes.get("/sandbox/{asset}", ctx -> page.asset(ctx, ctx.pathParam("asset")));
        javalin.routes.get("/sandbox/files/{id}", page::file);
        javalin.routes.get("/sandbox/api/state", page::state);
        javalin.routes.post("/sandbox/api/act", page::act);
        javalin.routes.post("/sandbox/api/fast-forward", page::fastForward);
        javalin.routes.post("/sandbox/api/reset", page::reset);
    }

    private void asset(Context ctx, String name) throws IOException {
        String type = ASSETS.get(name);
        if (type == null) {
            ctx.status(404).result("not found");
            return;
        }
        try (InputStream in = SandboxPage.class.getResourceAsStream("/sandbox/" + name)) {
            if (in == null) throw new IllegalStateException("the jar lacks /sandbox/" + name);
            ctx.contentType(type).header("Cache-Control", "no-store").result(in.readAllBytes());
        }
    }

    private void file(Context ctx) throws IOException {
        var path = workspace.fileBytes(ctx.pathParam("id"));
        if (workspace.file(ctx.pathParam("id")).isEmpty() || !Files.exists(path)) {
            ctx.status(404).result("no such file");
            return;
        }
        ctx.contentType("image/png").result(Files.readAllBytes(path));
    }

    /** The workspace as {@code user} sees it: their ephemeral messages only, their modal, their DM with the bot. */
    private void state(Context ctx) {
        String me = SandboxPeople.person(ctx.queryParam("user"))
                .orElse(SandboxPeople.PEOPLE.get(0))
                .id();
        var o = new JsonObject();
        o.addProperty("version", workspace.version());
        Sandbox running = sandbox.get();
        o.addProperty("botReady", running != null && running.botPort() > 0);
        o.addProperty("now", clock.instant().toEpochMilli());
        o.addProperty("offsetSeconds", clock.offset().toSeconds());
        o.addProperty("team", SandboxPeople.TEAM_NAME);
        o.addProperty("me", me);
        o.addProperty("bot", SandboxPeople.BOT_USER);
        var people = new JsonArray();
        for (var p : SandboxPeople.PEOPLE) {
            var person = new JsonObject();
            person.addProperty("id", p.id());
            person.addProperty("name", p.name());
            person.addProperty("realName", p.realName());
            person.addProperty("title", p.title());
            people.add(person);
        }
        o.add("people", people);
        var channels = new JsonArray();
        for (var c : SandboxPeople.CHANNELS) {
            var channel = new JsonObject();
            channel.addProperty("id", c.id());
            channel.addProperty("name", c.name());
            channel.addProperty("private", c.isPrivate());
            channel.addProperty("topic", c.topic());
            channel.addProperty("botIn", workspace.botIn(c.id()));
            channels.add(channel);
        }
        o.add("channels", channels);
        o.addProperty("dm", SandboxPeople.dmWith(me));
        var messages = new JsonArray();
        workspace
                .messages(m -> {
                    String channel = str(m, "channel");
                    String to = str(m, "ephemeral_to");
                    boolean mine = !channel.startsWith("D") || channel.equals(SandboxPeople.dmWith(me));
                    return mine && (to == null || to.equals(me));
                })
                .forEach(messages::add);
        o.add("messages", messages);
        workspace.topView(me).ifPresent(v -> o.add("view", v));
        workspace.home(me).ifPresent(v -> o.add("home", v));
        ctx.contentType("application/json").header("Cache-Control", "no-store").result(o.toString());
    }

    /** One thing a person did on the page, relayed to the bot as Slack would send it. */
    private void act(Context ctx) {
        JsonObject a = JsonParser.parseString(ctx.body()).getAsJsonObject();
        String user = SandboxPeople.person(str(a, "user"))
                .orElseThrow(() -> new IllegalArgumentException("unknown user"))
                .id();
        String channel = str(a, "channel");
        String kind = str(a, "kind");
        SandboxRelay.Answer answer;
        switch (kind == null ? "" : kind) {
            case "type" -> answer = typed(user, channel, str(a, "thread_ts"), str(a, "text"));
            case "action" ->
                answer = relay.action(
                        user,
                        channel,
                        str(a, "message_ts"),
                        str(a, "view_id"),
                        a.getAsJsonObject("action"),
                        a.has("values") ? a.getAsJsonObject("values") : null);
            case "submit" ->
                answer = relay.submit(user, str(a, "view_id"), a.has("values") ? a.getAsJsonObject("values") : null);
            case "close" -> answer = relay.close(user, str(a, "view_id"));
            default -> {
                ctx.status(400).result("unknown kind");
                return;
            }
        }
        var o = new JsonObject();
        o.addProperty("status", answer.status());
        o.addProperty("body", answer.body() == null ? "" : answer.body());
        ctx.contentType("application/json").result(o.toString());
    }

    private SandboxRelay.Answer typed(String user, String channel, String threadTs, String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty() || channel == null) return new SandboxRelay.Answer(400, "");
        if (trimmed.startsWith("/")) {
            String command = trimmed.split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
            String rest = trimmed.substring(command.length()).trim();
            if (command.equals("/mlidea")) return relay.command(user, channel, rest);
            if (command.equals("/invite")
                    && rest.toLowerCase(java.util.Locale.ROOT).startsWith("@mlidea")) {
                return relay.invite(user, channel);
            }
            relay.note(
                    user,
                    channel,
                    command + " is not a command in the sandbox. Try /mlidea, /mlidea help, or"
                            + " /invite @mlidea in a channel mlidea is not in.");
            return new SandboxRelay.Answer(200, "");
        }
        return relay.message(user, channel, threadTs, trimmed);
    }

    private void fastForward(Context ctx) {
        Duration by = FORWARD.get(ctx.queryParam("by"));
        if (by == null) {
            ctx.status(400).result("by must be hour, day or week");
            return;
        }
        if (!ready(ctx)) return;
        sandbox.get().fastForward(by);
        var o = new JsonObject();
        o.addProperty("now", clock.instant().toEpochMilli());
        o.addProperty("offsetSeconds", clock.offset().toSeconds());
        ctx.contentType("application/json").result(o.toString());
    }

    /** Fast-forward and Reset need the bot running: not while it starts (or starts again). */
    private boolean ready(Context ctx) {
        Sandbox running = sandbox.get();
        if (running != null && running.botPort() > 0) return true;
        ctx.status(503).result("mlidea is still starting");
        return false;
    }

    private void reset(Context ctx) {
        if (!ready(ctx)) return;
        sandbox.get().reset();
        ctx.contentType("application/json").result("{\"ok\":true}");
    }
}
