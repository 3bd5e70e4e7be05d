package dev.mlidea.bot.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One Web API call the bot made: its form parameters, with helpers to read its Block Kit. */
public record SlackCall(String method, Map<String, String> params, String authorization, java.time.Instant receivedAt) {

    public String param(String name) {
        return params.get(name);
    }

    public JsonArray blocks() {
        String blocks = params.get("blocks");
        return blocks == null ? new JsonArray() : JsonParser.parseString(blocks).getAsJsonArray();
    }

    public List<String> blockIds() {
        var ids = new ArrayList<String>();
        for (JsonElement b : blocks()) {
            JsonObject block = b.getAsJsonObject();
            if (block.has("block_id")) ids.add(block.get("block_id").getAsString());
        }
        return ids;
    }

    /** The question key this message asks, from its {@code q.<key>} block, or null. */
    public String questionKey() {
        return blockIds().stream()
                .filter(id -> id.startsWith("q."))
                .map(id -> id.substring(2))
                .findFirst()
                .orElse(null);
    }

    /** Every piece of text in the blocks, joined: what a person would read. */
    public String allText() {
        var out = new StringBuilder();
        collect(blocks(), out);
        return out.toString();
    }

    /**
     * Every mrkdwn text in the blocks, plus the fallback text: the places where an unescaped
     * {@code <!channel>} would ping people (plain_text never does).
     */
    public List<String> mrkdwnTexts() {
        var texts = new ArrayList<String>();
        collectMrkdwn(blocks(), texts);
        if (params.get("text") != null) texts.add(params.get("text"));
        return texts;
    }

    private static void collectMrkdwn(JsonElement element, List<String> out) {
        if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(e -> collectMrkdwn(e, out));
        } else if (element.isJsonObject()) {
            JsonObject o = element.getAsJsonObject();
            if (o.has("type") && "mrkdwn".equals(o.get("type").getAsString()) && o.has("text")) {
                out.add(o.get("text").getAsString());
            }
            o.entrySet().forEach(e -> collectMrkdwn(e.getValue(), out));
        }
    }

    public List<String> actionIds() {
        var ids = new ArrayList<String>();
        for (JsonElement b : blocks()) {
            JsonObject block = b.getAsJsonObject();
            if (block.has("elements") && "actions".equals(block.get("type").getAsString())) {
                for (JsonElement e : block.getAsJsonArray("elements")) {
                    ids.add(e.getAsJsonObject().get("action_id").getAsString());
                }
            }
        }
        return ids;
    }

    private static void collect(JsonElement element, StringBuilder out) {
        if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(e -> collect(e, out));
        } else if (element.isJsonObject()) {
            JsonObject o = element.getAsJsonObject();
            if (o.has("text") && o.get("text").isJsonPrimitive())
                out.append(o.get("text").getAsString()).append('\n');
            o.entrySet().forEach(e -> {
                if (!e.getKey().equals("text") || !e.getValue().isJsonPrimitive()) collect(e.getValue(), out);
            });
        }
    }
}
