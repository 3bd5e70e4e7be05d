package dev.mlidea.bot.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * WireMock standing in for the Slack Web API, with assertions that read like the conversation:
 * {@code slack.postsInThread(ts)}, {@code slack.cardUpdates(channel)}. Every chat.postMessage gets a
 * fresh, increasing ts, as Slack's do.
 */
public final class FakeSlack implements AutoCloseable {
    public static final String TEAM = "T0TEAM0001";
    public static final String BOT_USER = "U0BOTUSER1";

    private final WireMockServer server;

    public FakeSlack() {
        server = new WireMockServer(
                wireMockConfig().dynamicPort().bindAddress("127.0.0.1").extensions(new MessageTs()));
        server.start();
        stubDefaults();
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + server.port() + "/api/";
    }

    public String responseUrl(String id) {
        return "http://127.0.0.1:" + server.port() + "/commands/" + id;
    }

    public void stubDefaults() {
        server.stubFor(
                post(urlEqualTo("/api/auth.test")).atPriority(10).willReturn(okJson("""
                {"ok":true,"url":"https://acme.slack.com/","team":"Acme","user":"mlidea","team_id":"%s",
                 "user_id":"%s","bot_id":"B0BOTID001","is_enterprise_install":false}""".formatted(TEAM, BOT_USER))));
        server.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .atPriority(10)
                .willReturn(aResponse().withTransformers(MessageTs.NAME)));
        server.stubFor(post(urlEqualTo("/api/chat.update")).atPriority(10).willReturn(okJson("{\"ok\":true}")));
        server.stubFor(post(urlEqualTo("/api/chat.postEphemeral"))
                .atPriority(10)
                .willReturn(okJson("{\"ok\":true,\"message_ts\":\"1700000000.999999\"}")));
        server.stubFor(post(urlEqualTo("/api/conversations.join"))
                .atPriority(10)
                .willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"C0\"}}")));
        server.stubFor(post(urlPathMatching("/commands/.*"))
                .atPriority(10)
                .willReturn(aResponse().withStatus(200)));
    }

    /** chat.postMessage into this channel answers {@code ok:false} with this error (e.g. not_in_channel). */
    public void failPostsIn(String channel, String error) {
        server.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .atPriority(1)
                .withRequestBody(containing("channel=" + channel))
                .willReturn(okJson("{\"ok\":false,\"error\":\"" + error + "\"}")));
    }

    /** A public channel the bot is not in: posts fail with not_in_channel until conversations.join is called. */
    public void notAMemberOf(String channel) {
        String scenario = "member-" + channel;
        server.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .atPriority(1)
                .withRequestBody(containing("channel=" + channel))
                .inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"ok\":false,\"error\":\"not_in_channel\"}")));
        server.stubFor(post(urlEqualTo("/api/conversations.join"))
                .atPriority(1)
                .withRequestBody(containing("channel=" + channel))
                .inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"" + channel + "\"}}"))
                .willSetStateTo("joined"));
    }

    public void failJoin(String channel, String error) {
        server.stubFor(post(urlEqualTo("/api/conversations.join"))
                .atPriority(1)
                .withRequestBody(containing("channel=" + channel))
                .willReturn(okJson("{\"ok\":false,\"error\":\"" + error + "\"}")));
    }

    /** The first chat.postMessage into the channel gets HTTP 429 with Retry-After; later ones go through. */
    public void rateLimitOnce(String channel, int retryAfterSeconds) {
        server.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .atPriority(1)
                .withRequestBody(containing("channel=" + channel))
                .inScenario("ratelimit-" + channel)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", Integer.toString(retryAfterSeconds))
                        .withBody("{\"ok\":false,\"error\":\"ratelimited\"}"))
                .willSetStateTo("served"));
    }

    /** Back to the default behaviour for every method (a channel that failed now works). */
    public void heal() {
        server.resetMappings();
        stubDefaults();
    }

    // ---- what the bot sent -------------------------------------------------------------------

    public List<SlackCall> calls(String method) {
        return server.findAll(postRequestedFor(urlEqualTo("/api/" + method))).stream()
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
                .map(r -> new SlackCall(method, form(r.getBodyAsString()), r.getHeader("Authorization")))
                .toList();
    }

    /** Top-level messages (no thread) posted into a channel: project cards. */
    public List<SlackCall> cardPostsIn(String channel) {
        return calls("chat.postMessage").stream()
                .filter(c -> channel.equals(c.param("channel")) && c.param("thread_ts") == null)
                .toList();
    }

    public List<SlackCall> postsInThread(String threadTs) {
        return calls("chat.postMessage").stream()
                .filter(c -> threadTs.equals(c.param("thread_ts")))
                .toList();
    }

    public List<SlackCall> cardUpdates(String cardTs) {
        return calls("chat.update").stream()
                .filter(c -> cardTs.equals(c.param("ts")))
                .toList();
    }

    public List<SlackCall> ephemeralsTo(String user) {
        return calls("chat.postEphemeral").stream()
                .filter(c -> user.equals(c.param("user")))
                .toList();
    }

    /** Bodies POSTed to a slash command's response_url. */
    public List<JsonObject> responses(String id) {
        return server.findAll(postRequestedFor(urlEqualTo("/commands/" + id))).stream()
                .map(r -> JsonParser.parseString(r.getBodyAsString()).getAsJsonObject())
                .toList();
    }

    private static Map<String, String> form(String body) {
        var params = new LinkedHashMap<String, String>();
        if (body == null || body.isEmpty()) return params;
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Answers chat.postMessage like Slack: ok, the channel, and a new ts each time. */
    static final class MessageTs implements ResponseDefinitionTransformerV2 {
        static final String NAME = "message-ts";
        private static final AtomicLong SEQUENCE = new AtomicLong(1_700_000_000_000_100L);

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            String channel = form(serveEvent.getRequest().getBodyAsString()).getOrDefault("channel", "C0");
            long n = SEQUENCE.incrementAndGet();
            String ts = (n / 1_000_000) + "." + String.format("%06d", n % 1_000_000);
            return ResponseDefinition.okForJson(Map.of("ok", true, "channel", channel, "ts", ts));
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }
}
