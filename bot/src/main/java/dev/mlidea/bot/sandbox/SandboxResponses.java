package dev.mlidea.bot.sandbox;

import static dev.mlidea.bot.sandbox.SandboxWorkspace.str;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.javalin.http.Context;

/**
 * {@code POST /sandbox/respond/{id}}: an app's answer to a response_url, applied as Slack applies it —
 * the clicked message replaced or deleted, a message in the channel, or (the default) a message only
 * the person who acted sees.
 */
public final class SandboxResponses {
    private final SandboxWorkspace workspace;

    public SandboxResponses(SandboxWorkspace workspace) {
        this.workspace = workspace;
    }

    public void handle(Context ctx) {
        var target = workspace.responseTarget(ctx.pathParam("id"));
        if (target.isEmpty()) {
            ctx.status(404).result("no such response_url");
            return;
        }
        JsonObject body;
        try {
            body = JsonParser.parseString(ctx.body()).getAsJsonObject();
        } catch (RuntimeException e) {
            ctx.status(400).result("invalid_payload");
            return;
        }
        JsonObject t = target.get();
        String channel = str(t, "channel");
        String messageTs = str(t, "message_ts");
        String text = body.has("text") ? body.get("text").getAsString() : "";
        JsonArray blocks =
                body.has("blocks") && body.get("blocks").isJsonArray() ? body.getAsJsonArray("blocks") : null;
        if (messageTs != null && isTrue(body, "delete_original")) {
            workspace.delete(channel, messageTs);
        } else if (messageTs != null && isTrue(body, "replace_original")) {
            workspace.update(channel, messageTs, text, blocks);
        } else {
            var m = new JsonObject();
            m.addProperty("channel", channel);
            m.addProperty("bot_id", SandboxPeople.BOT_ID);
            m.addProperty("user", SandboxPeople.BOT_USER);
            m.addProperty("text", text);
            if (blocks != null) m.add("blocks", blocks);
            String thread = body.has("thread_ts") ? str(body, "thread_ts") : str(t, "thread_ts");
            if (thread != null) m.addProperty("thread_ts", thread);
            if (!"in_channel".equals(str(body, "response_type"))) m.addProperty("ephemeral_to", str(t, "user"));
            workspace.add(m);
        }
        ctx.contentType("text/plain").result("ok");
    }

    private static boolean isTrue(JsonObject o, String key) {
        return o.has(key) && o.get(key).isJsonPrimitive() && o.get(key).getAsBoolean();
    }
}
