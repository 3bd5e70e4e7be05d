package dev.mlidea.bot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.mlidea.bot.config.Config;
import dev.mlidea.bot.slack.SlackSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox without a browser: its fake Web API answers as Slack does, the relay's requests pass the
 * bot's own signature check (and a request signed with another secret does not), the clock moves and
 * is kept across a restart, and Reset starts over. One sandbox for the class; the tests run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxIT {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String ME = SandboxPeople.PEOPLE.get(0).id();

    @TempDir
    static Path dir;

    static Config config;
    static Sandbox sandbox;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        config = Config.fromEnv(Map.of("PORT", "0", "MLIDEA_SANDBOX_DIR", dir.toString()));
        sandbox = Sandbox.start(config);
    }

    @AfterAll
    static void stop() {
        if (sandbox != null) sandbox.close();
    }

    @Test
    @Order(1)
    void the_fake_web_api_answers_with_slacks_shapes_and_refusals() {
        assertThat(api("auth.test", "wrong-token", "").get("error").getAsString())
                .isEqualTo("invalid_auth");
        JsonObject auth = api("auth.test", config.botToken(), "");
        assertThat(auth.get("ok").getAsBoolean()).isTrue();
        assertThat(auth.get("user_id").getAsString()).isEqualTo(SandboxPeople.BOT_USER);
        assertThat(auth.get("team_id").getAsString()).isEqualTo(SandboxPeople.TEAM);

        String secret = "channel=" + SandboxPeople.PRIVATE_CHANNEL + "&text=hi";
        assertThat(api("chat.postMessage", config.botToken(), secret)
                        .get("error")
                        .getAsString())
                .as("a private channel the bot was not invited to")
                .isEqualTo("not_in_channel");
        assertThat(api("conversations.join", config.botToken(), "channel=" + SandboxPeople.PRIVATE_CHANNEL)
                        .get("error")
                        .getAsString())
                .isEqualTo("method_not_supported_for_channel_type");
        JsonObject posted =
                api("chat.postMessage", config.botToken(), "channel=" + SandboxPeople.PUBLIC_CHANNEL + "&text=hello");
        assertThat(posted.get("ts").getAsString()).matches("\\d+\\.\\d{6}");
        assertThat(api("conversations.info", config.botToken(), "channel=" + SandboxPeople.PRIVATE_CHANNEL)
                        .getAsJsonObject("channel")
                        .get("is_private")
                        .getAsBoolean())
                .isTrue();
        assertThat(api("users.info", config.botToken(), "user=" + ME)
                        .getAsJsonObject("user")
                        .has("tz"))
                .isTrue();
        assertThat(api("views.open", config.botToken(), "trigger_id=made-up&view=%7B%7D")
                        .get("error")
                        .getAsString())
                .as("only a trigger the sandbox handed out with an interaction opens a modal")
                .isEqualTo("invalid_trigger_id");
        assertThat(api("no.such.method", config.botToken(), "").get("error").getAsString())
                .isEqualTo("unknown_method");
    }

    @Test
    @Order(2)
    void the_bot_takes_the_relays_signed_requests_and_refuses_one_signed_with_another_secret() throws Exception {
        String body = "payload=" + java.net.URLEncoder.encode("{\"type\":\"block_actions\"}", StandardCharsets.UTF_8);
        var forged = new SlackSignature("0123456789abcdef0123456789abcdef", Clock.systemUTC());
        String now = Long.toString(Instant.now().getEpochSecond());
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sandbox.botPort() + "/slack/events"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", now)
                .header("X-Slack-Signature", forged.sign(now, body.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(401);

        JsonObject answer = act(
                Map.of("kind", "type", "channel", SandboxPeople.PUBLIC_CHANNEL, "text", "/mlidea Churn prediction"));
        assertThat(answer.get("status").getAsInt()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> cardsIn(SandboxPeople.PUBLIC_CHANNEL) == 1);
        String cardTs =
                await().atMost(PATIENCE).until(() -> firstThreadRoot(SandboxPeople.PUBLIC_CHANNEL), ts -> ts != null);
        JsonObject reply = act(Map.of(
                "kind",
                "type",
                "channel",
                SandboxPeople.PUBLIC_CHANNEL,
                "thread_ts",
                cardTs,
                "text",
                "Customers cancel & we notice <too> late"));
        assertThat(reply.get("status").getAsInt()).isEqualTo(200);
        assertThat(messages().stream()
                        .filter(m ->
                                m.has("user") && m.get("user").getAsString().equals(ME))
                        .map(m -> m.get("text").getAsString()))
                .as("stored as Slack sends typed text: escaped")
                .contains("Customers cancel &amp; we notice &lt;too&gt; late");
        await().atMost(PATIENCE).until(() -> threadTexts(cardTs).stream().anyMatch(t -> t.contains("question 2 of 8")));
    }

    @Test
    @Order(3)
    void fast_forward_moves_the_bots_clock_and_a_restart_keeps_it_and_the_messages() throws Exception {
        Instant before = sandbox.now();
        JsonObject moved = post("/sandbox/api/fast-forward?by=day", "");
        assertThat(moved.get("offsetSeconds").getAsLong()).isGreaterThanOrEqualTo(86_400);
        assertThat(sandbox.now()).isAfter(before.plus(Duration.ofHours(23)));
        assertThat(sandbox.delivered())
                .as("what each step owed was sent before the clock moved on, so it carries that step's time")
                .isTrue();
        var kept = messages().stream().map(m -> m.get("ts").getAsString()).toList();

        sandbox.close();
        sandbox = Sandbox.start(config);

        assertThat(sandbox.now()).isAfter(Instant.now().plus(Duration.ofHours(23)));
        assertThat(messages().stream().map(m -> m.get("ts").getAsString()).toList())
                .as("every message seen before the restart is still there")
                .containsAll(kept);
        assertThat(cardsIn(SandboxPeople.PUBLIC_CHANNEL)).isEqualTo(1);
    }

    @Test
    @Order(4)
    void reset_forgets_everything_and_the_bot_works_again() throws Exception {
        post("/sandbox/api/reset", "");

        assertThat(messages()).isEmpty();
        assertThat(sandbox.now()).isBefore(Instant.now().plus(Duration.ofMinutes(1)));
        act(Map.of("kind", "type", "channel", SandboxPeople.PUBLIC_CHANNEL, "text", "/mlidea After the reset"));
        await().atMost(PATIENCE).until(() -> cardsIn(SandboxPeople.PUBLIC_CHANNEL) == 1);
        assertThat(messages().toString()).contains("After the reset").doesNotContain("Churn prediction");
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static String base() {
        return "http://127.0.0.1:" + sandbox.port();
    }

    private static JsonObject api(String method, String token, String form) {
        try {
            var request = HttpRequest.newBuilder(URI.create(base() + "/api/" + method))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build();
            return JsonParser.parseString(http.send(request, HttpResponse.BodyHandlers.ofString())
                            .body())
                    .getAsJsonObject();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject post(String path, String body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private static JsonObject act(Map<String, String> fields) throws IOException, InterruptedException {
        var body = new JsonObject();
        body.addProperty("user", ME);
        fields.forEach(body::addProperty);
        return post("/sandbox/api/act", body.toString());
    }

    private static java.util.List<JsonObject> messages() {
        try {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(base() + "/sandbox/api/state?user=" + ME))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonArray all =
                    JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("messages");
            return StreamSupport.stream(all.spliterator(), false)
                    .map(e -> e.getAsJsonObject())
                    .toList();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long cardsIn(String channel) {
        return messages().stream()
                .filter(m -> m.get("channel").getAsString().equals(channel) && !m.has("thread_ts") && m.has("blocks"))
                .filter(m -> m.toString().contains("card.title"))
                .count();
    }

    private static String firstThreadRoot(String channel) {
        return messages().stream()
                .filter(m -> m.get("channel").getAsString().equals(channel) && m.has("thread_ts"))
                .map(m -> m.get("thread_ts").getAsString())
                .findFirst()
                .orElse(null);
    }

    private static java.util.List<String> threadTexts(String ts) {
        return messages().stream()
                .filter(m ->
                        m.has("thread_ts") && m.get("thread_ts").getAsString().equals(ts))
                .map(JsonObject::toString)
                .toList();
    }
}
