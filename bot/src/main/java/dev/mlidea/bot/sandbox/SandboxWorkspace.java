package dev.mlidea.bot.sandbox;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the fake Slack holds: the messages of every channel, the bot's memberships, the modals open,
 * the files shared and the response URLs handed out. Kept in one JSON file, rewritten atomically after
 * every change, so the sandbox survives a restart. Messages are Slack's own JSON shapes.
 */
public final class SandboxWorkspace {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    /** Everything that survives a restart. */
    static final class State {
        long clockOffsetSeconds;
        int generation = 1;
        long lastMicros;
        long nextId = 1;
        long version;
        Set<String> botChannels = new LinkedHashSet<>(List.of(SandboxPeople.PUBLIC_CHANNEL));
        List<JsonObject> messages = new ArrayList<>();
        List<JsonObject> views = new ArrayList<>();
        Map<String, JsonObject> files = new LinkedHashMap<>();
        Map<String, JsonObject> responseUrls = new LinkedHashMap<>();
        Map<String, JsonObject> homes = new LinkedHashMap<>();
    }

    private final Path file;
    private final Clock clock;
    private State state;

    private SandboxWorkspace(Path file, Clock clock, State state) {
        this.file = file;
        this.clock = clock;
        this.state = state;
    }

    /** The workspace kept in {@code dir}, or a fresh one; {@code clock} stamps messages (the bot's time). */
    public static SandboxWorkspace load(Path dir, Clock clock) {
        Path file = dir.resolve("workspace.json");
        State state = new State();
        if (Files.exists(file)) {
            try {
                State read = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), State.class);
                if (read != null) state = read;
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException(
                        "the sandbox's " + file + " cannot be read: delete it, or press Reset", e);
            }
        }
        return new SandboxWorkspace(file, clock, state);
    }

    public Path folder() {
        return file.getParent();
    }

    public synchronized long clockOffsetSeconds() {
        return state.clockOffsetSeconds;
    }

    public synchronized void clockOffsetSeconds(long seconds) {
        state.clockOffsetSeconds = seconds;
        changed();
    }

    public synchronized int generation() {
        return state.generation;
    }

    /** Forgets every message, membership, modal and file; the clock offset back to zero; a new database name. */
    public synchronized void clear() {
        int next = state.generation + 1;
        state = new State();
        state.generation = next;
        changed();
    }

    public synchronized long version() {
        return state.version;
    }

    public synchronized boolean botIn(String channel) {
        return channel.startsWith("D") || state.botChannels.contains(channel);
    }

    public synchronized void botJoins(String channel) {
        state.botChannels.add(channel);
        changed();
    }

    /** A Slack ts: the bot's clock in seconds and microseconds, always after the previous one. */
    public synchronized String nextTs() {
        long micros =
                clock.instant().getEpochSecond() * 1_000_000L + clock.instant().getNano() / 1000;
        state.lastMicros = Math.max(micros, state.lastMicros + 1);
        return String.format("%d.%06d", state.lastMicros / 1_000_000L, state.lastMicros % 1_000_000L);
    }

    public synchronized String nextId(String prefix) {
        return prefix + String.format("%08d", state.nextId++);
    }

    public synchronized JsonObject add(JsonObject message) {
        if (!message.has("ts")) message.addProperty("ts", nextTs());
        message.addProperty("type", "message");
        state.messages.add(message);
        changed();
        return message;
    }

    /** A copy of the message with this ts in this channel. */
    public synchronized Optional<JsonObject> message(String channel, String ts) {
        return find(channel, ts).map(JsonObject::deepCopy);
    }

    private Optional<JsonObject> find(String channel, String ts) {
        return state.messages.stream()
                .filter(m -> channel.equals(str(m, "channel")) && ts.equals(str(m, "ts")))
                .findFirst();
    }

    /** Replaces a message's text and blocks, as chat.update and replace_original do. */
    public synchronized boolean update(String channel, String ts, String text, JsonArray blocks) {
        Optional<JsonObject> found = find(channel, ts);
        if (found.isEmpty()) return false;
        JsonObject m = found.get();
        m.addProperty("text", text == null ? "" : text);
        if (blocks != null) m.add("blocks", blocks);
        else m.remove("blocks");
        // Slack's shape: who edited, and when.
        var edited = new JsonObject();
        edited.addProperty("user", SandboxPeople.BOT_USER);
        edited.addProperty("ts", nextTs());
        m.add("edited", edited);
        changed();
        return true;
    }

    public synchronized boolean delete(String channel, String ts) {
        boolean removed = state.messages.removeIf(m -> channel.equals(str(m, "channel")) && ts.equals(str(m, "ts")));
        if (removed) changed();
        return removed;
    }

    /** Messages matching {@code filter}, oldest first, as copies. */
    public synchronized List<JsonObject> messages(Predicate<JsonObject> filter) {
        return state.messages.stream().filter(filter).map(JsonObject::deepCopy).toList();
    }

    public synchronized void file(String id, JsonObject info) {
        state.files.put(id, info);
        changed();
    }

    public synchronized Optional<JsonObject> file(String id) {
        return Optional.ofNullable(state.files.get(id)).map(JsonObject::deepCopy);
    }

    public Path fileBytes(String id) {
        return folder().resolve("files").resolve(id.replaceAll("[^A-Za-z0-9]", "") + ".bin");
    }

    /** A response_url for an interaction: where the app's answers to it land (channel, person, message). */
    public synchronized String responseUrl(String channel, String user, String messageTs, String threadTs) {
        String id = nextId("R");
        var target = new JsonObject();
        target.addProperty("channel", channel);
        target.addProperty("user", user);
        if (messageTs != null) target.addProperty("message_ts", messageTs);
        if (threadTs != null) target.addProperty("thread_ts", threadTs);
        state.responseUrls.put(id, target);
        changed();
        return id;
    }

    public synchronized Optional<JsonObject> responseTarget(String id) {
        return Optional.ofNullable(state.responseUrls.get(id)).map(JsonObject::deepCopy);
    }

    // ---- modals: a stack per person, the newest on top -------------------------------------------

    public synchronized JsonObject openView(String user, JsonObject view, boolean push) {
        if (!push) state.views.removeIf(v -> user.equals(str(v, "user")));
        JsonObject stored = stamp(view, nextId("V"), user);
        state.views.add(stored);
        changed();
        return stored.deepCopy();
    }

    /** views.update: by id; a stale hash is refused as Slack refuses it. Empty when there is no such view. */
    public synchronized Optional<JsonObject> updateView(String viewId, String hash, JsonObject view) {
        for (int i = 0; i < state.views.size(); i++) {
            JsonObject old = state.views.get(i);
            if (!viewId.equals(str(old, "id"))) continue;
            if (hash != null && !hash.equals(str(old, "hash"))) throw new IllegalStateException("hash_conflict");
            JsonObject stored = stamp(view, viewId, str(old, "user"));
            state.views.set(i, stored);
            changed();
            return Optional.of(stored.deepCopy());
        }
        return Optional.empty();
    }

    public synchronized Optional<JsonObject> view(String viewId) {
        return state.views.stream()
                .filter(v -> viewId.equals(str(v, "id")))
                .findFirst()
                .map(JsonObject::deepCopy);
    }

    /** The modal {@code user} sees: the top of their stack. */
    public synchronized Optional<JsonObject> topView(String user) {
        JsonObject top = null;
        for (JsonObject v : state.views) if (user.equals(str(v, "user"))) top = v;
        return Optional.ofNullable(top).map(JsonObject::deepCopy);
    }

    public synchronized void closeView(String viewId) {
        if (state.views.removeIf(v -> viewId.equals(str(v, "id")))) changed();
    }

    public synchronized void closeViews(String user) {
        if (state.views.removeIf(v -> user.equals(str(v, "user")))) changed();
    }

    public synchronized void publishHome(String user, JsonObject view) {
        state.homes.put(user, stamp(view, nextId("V"), user));
        changed();
    }

    public synchronized Optional<JsonObject> home(String user) {
        return Optional.ofNullable(state.homes.get(user)).map(JsonObject::deepCopy);
    }

    private JsonObject stamp(JsonObject view, String id, String user) {
        JsonObject stored = view.deepCopy();
        stored.addProperty("id", id);
        stored.addProperty("team_id", SandboxPeople.TEAM);
        stored.addProperty("app_id", SandboxPeople.APP_ID);
        stored.addProperty("bot_id", SandboxPeople.BOT_ID);
        stored.addProperty("user", user);
        stored.addProperty("hash", nextId("h"));
        if (!stored.has("private_metadata")) stored.addProperty("private_metadata", "");
        if (!stored.has("callback_id")) stored.addProperty("callback_id", "");
        return stored;
    }

    static String str(JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsString() : null;
    }

    /** Bumps the version the page polls for, and writes the file whole, then moves it over the old one. */
    private void changed() {
        state.version++;
        try {
            Files.createDirectories(folder());
            Path temp = folder().resolve("workspace.json.tmp");
            Files.writeString(temp, GSON.toJson(state), StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
