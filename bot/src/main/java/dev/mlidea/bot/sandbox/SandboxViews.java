package dev.mlidea.bot.sandbox;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * views.open / push / update / publish. A modal opens only for a trigger_id the sandbox handed out with
 * an interaction in the last few seconds, and for the person who made it, as in Slack.
 */
public final class SandboxViews {
    /** Slack's triggers expire after three seconds; the sandbox is a little kinder on a slow machine. */
    private static final long TRIGGER_MILLIS = 10_000;

    private record Trigger(String user, long at) {}

    private final SandboxWorkspace workspace;
    private final Map<String, Trigger> triggers = new ConcurrentHashMap<>();

    public SandboxViews(SandboxWorkspace workspace) {
        this.workspace = workspace;
    }

    /** A new trigger_id for an interaction of {@code user}. */
    public String trigger(String user) {
        String id = workspace.nextId("13345224609.") + ".8ef8";
        triggers.put(id, new Trigger(user, System.currentTimeMillis()));
        return id;
    }

    JsonObject open(Map<String, String> p, boolean push) {
        Trigger trigger = triggers.remove(p.getOrDefault("trigger_id", ""));
        if (trigger == null) return FakeSlackApi.error("invalid_trigger_id");
        if (System.currentTimeMillis() - trigger.at() > TRIGGER_MILLIS) return FakeSlackApi.error("expired_trigger_id");
        JsonObject view = parse(p.get("view"));
        if (view == null) return FakeSlackApi.error("invalid_arguments");
        return answer(workspace.openView(trigger.user(), view, push));
    }

    JsonObject update(Map<String, String> p) {
        JsonObject view = parse(p.get("view"));
        if (view == null) return FakeSlackApi.error("invalid_arguments");
        try {
            return workspace
                    .updateView(p.getOrDefault("view_id", ""), p.get("hash"), view)
                    .map(SandboxViews::answer)
                    .orElse(FakeSlackApi.error("not_found"));
        } catch (IllegalStateException e) {
            return FakeSlackApi.error("hash_conflict");
        }
    }

    JsonObject publish(Map<String, String> p) {
        JsonObject view = parse(p.get("view"));
        String user = p.getOrDefault("user_id", "");
        if (view == null) return FakeSlackApi.error("invalid_arguments");
        if (SandboxPeople.person(user).isEmpty()) return FakeSlackApi.error("user_not_found");
        workspace.publishHome(user, view);
        return answer(workspace.home(user).orElseThrow());
    }

    private static JsonObject answer(JsonObject view) {
        var o = FakeSlackApi.ok();
        o.add("view", view);
        return o;
    }

    private static JsonObject parse(String raw) {
        if (raw == null || raw.isBlank()) return null;
        try {
            return JsonParser.parseString(raw).getAsJsonObject();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
