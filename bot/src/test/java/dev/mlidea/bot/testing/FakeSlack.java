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
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
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
        var history = new History();
        server = new WireMockServer(wireMockConfig()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .extensions(new MessageTs(), history, new DmChannel(), new Permalink()));
        history.server = server;
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
        // Every user can be written to, in a DM channel named after them (dmChannel).
        server.stubFor(post(urlEqualTo("/api/conversations.open"))
                .atPriority(10)
                .willReturn(aResponse().withTransformers(DmChannel.NAME)));
        server.stubFor(post(urlEqualTo("/api/conversations.replies"))
                .atPriority(10)
                .willReturn(aResponse().withTransformers(History.NAME)));
        server.stubFor(post(urlEqualTo("/api/conversations.history"))
                .atPriority(10)
                .willReturn(aResponse().withTransformers(History.NAME)));
        server.stubFor(post(urlPathMatching("/commands/.*"))
                .atPriority(10)
                .willReturn(aResponse().withStatus(200)));
        // A user Slack knows no time zone for, unless a test says otherwise (userZone).
        server.stubFor(post(urlEqualTo("/api/users.info"))
                .atPriority(10)
                .willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"U0SOMEONE\",\"name\":\"someone\"}}")));
        server.stubFor(post(urlEqualTo("/api/views.open"))
                .atPriority(10)
                .willReturn(okJson("{\"ok\":true,\"view\":{\"id\":\"V0VIEW0001\"}}")));
        // Slack's external upload: a URL to send the bytes to (this server), then the upload completed.
        server.stubFor(post(urlEqualTo("/api/files.getUploadURLExternal"))
                .atPriority(10)
                .willReturn(okJson("{\"ok\":true,\"upload_url\":\"http://127.0.0.1:" + server.port()
                        + "/upload/F0MATRIX01\",\"file_id\":\"F0MATRIX01\"}")));
        server.stubFor(post(urlPathMatching("/upload/.*"))
                .atPriority(10)
                .willReturn(aResponse().withStatus(200).withBody("OK")));
        server.stubFor(post(urlEqualTo("/api/files.completeUploadExternal"))
                .atPriority(10)
                .willReturn(okJson("{\"ok\":true,\"files\":[{\"id\":\"F0MATRIX01\",\"title\":\"matrix\"}]}")));
        // conversations.info: test channels named "G…" are private (RunningBot.newChannel(true)), "D…" DMs.
        server.stubFor(post(urlEqualTo("/api/conversations.info"))
                .atPriority(10)
                .willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"C0\",\"is_private\":false}}")));
        server.stubFor(post(urlEqualTo("/api/conversations.info"))
                .atPriority(5)
                .withRequestBody(containing("channel=G"))
                .willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"G0\",\"is_private\":true}}")));
        server.stubFor(post(urlEqualTo("/api/chat.getPermalink"))
                .atPriority(10)
                .willReturn(aResponse().withTransformers(Permalink.NAME)));
    }

    /** The bytes sent to Slack's upload URLs, in order. */
    public List<byte[]> uploadedBytes() {
        return server.findAll(postRequestedFor(urlPathMatching("/upload/.*"))).stream()
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
                .map(LoggedRequest::getBody)
                .toList();
    }

    /** The next chat.postMessage into {@code channel} answers HTTP {@code status} once (then Slack works). */
    public void failNextPostIn(String channel, int status) {
        String scenario = "fail-next-post-" + channel + "-" + status;
        server.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .atPriority(1)
                .withRequestBody(containing("channel=" + channel))
                .inScenario(scenario)
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withStatus(status).withBody("{\"ok\":false,\"error\":\"internal_error\"}"))
                .willSetStateTo("failed"));
    }

    /** users.info for this user answers with this IANA time zone ({@code tz}), as Slack's profile has it. */
    public void userZone(String user, String tz) {
        server.stubFor(post(urlEqualTo("/api/users.info"))
                .atPriority(1)
                .withRequestBody(containing("user=" + user))
                .willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"" + user + "\",\"name\":\"someone\",\"tz\":\"" + tz
                        + "\",\"tz_offset\":0}}")));
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

    /**
     * The next chat.postMessage into this thread reaches Slack, which shows it, but the bot hears a
     * 500 ({@code landed}) — or it is lost on the way and Slack never shows it ({@code !landed}).
     */
    public void failNextPostInThread(String threadTs, boolean landed) {
        String scenario = "fail-once-" + threadTs + "-" + landed;
        server.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .atPriority(1)
                .withRequestBody(containing("thread_ts=" + threadTs))
                .inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(500)
                        .withHeader(History.LANDED, Boolean.toString(landed))
                        .withBody("upstream trouble"))
                .willSetStateTo("failed once"));
    }

    /**
     * The next chat.postMessage into this thread reaches Slack, which shows it, but the connection
     * breaks before the answer comes back: to the bot it looks like a timeout.
     */
    public void dropAnswerToNextPostInThread(String threadTs) {
        server.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .atPriority(1)
                .withRequestBody(containing("thread_ts=" + threadTs))
                .inScenario("drop-" + threadTs)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("dropped once"));
    }

    /**
     * Like {@link #failNextPostInThread}, for the next post into any thread of this channel: a post made
     * before the test knows the card's ts, such as the intake's live question message.
     */
    public void failNextThreadPostIn(String channel, boolean landed) {
        String scenario = "fail-once-in-" + channel + "-" + landed;
        server.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .atPriority(1)
                .withRequestBody(containing("channel=" + channel))
                .withRequestBody(containing("thread_ts="))
                .inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(500)
                        .withHeader(History.LANDED, Boolean.toString(landed))
                        .withBody("upstream trouble"))
                .willSetStateTo("failed once"));
    }

    /** Like {@link #dropAnswerToNextPostInThread}, for the next post into any thread of this channel. */
    public void dropAnswerToNextThreadPostIn(String channel) {
        server.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .atPriority(1)
                .withRequestBody(containing("channel=" + channel))
                .withRequestBody(containing("thread_ts="))
                .inScenario("drop-in-" + channel)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("dropped once"));
    }

    /**
     * The next chat.update of the message with this ts is refused with HTTP {@code status} — a 500, or a
     * 429 with Retry-After {@code retryAfterSeconds} — and Slack does not apply it; later ones go through.
     */
    public void failNextUpdateOf(String ts, int status, int retryAfterSeconds) {
        server.stubFor(post(urlEqualTo("/api/chat.update"))
                .atPriority(1)
                .withRequestBody(containing("ts=" + ts))
                .inScenario("fail-update-" + ts)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Retry-After", Integer.toString(retryAfterSeconds))
                        .withBody(status == 429 ? "{\"ok\":false,\"error\":\"ratelimited\"}" : "upstream trouble"))
                .willSetStateTo("failed once"));
    }

    /** Every chat.postMessage of the workspace gets a 429 with Retry-After until {@link #heal()}. */
    public void rateLimitPosts(int retryAfterSeconds) {
        server.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .atPriority(1)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", Integer.toString(retryAfterSeconds))
                        .withBody("{\"ok\":false,\"error\":\"ratelimited\"}")));
    }

    /** Every post to a slash command's response_url gets a 429 with Retry-After until {@link #heal()}. */
    public void rateLimitResponses(int retryAfterSeconds) {
        server.stubFor(post(urlPathMatching("/commands/.*"))
                .atPriority(1)
                .willReturn(
                        aResponse().withStatus(429).withHeader("Retry-After", Integer.toString(retryAfterSeconds))));
    }

    /** The bot's DM channel with {@code user}, as the default conversations.open answers it: U0ALICE → D0ALICE. */
    public static String dmChannel(String user) {
        return "D" + (user.startsWith("U") ? user.substring(1) : user);
    }

    /** conversations.open with this user answers {@code ok:false} with this error (e.g. cannot_dm_bot). */
    public void failDmTo(String user, String error) {
        server.stubFor(post(urlEqualTo("/api/conversations.open"))
                .atPriority(1)
                .withRequestBody(containing("users=" + user))
                .willReturn(okJson("{\"ok\":false,\"error\":\"" + error + "\"}")));
    }

    /** The first conversations.open (any user) gets HTTP 429 with Retry-After; later ones go through. */
    public void rateLimitNextDmOpen(int retryAfterSeconds) {
        server.stubFor(post(urlEqualTo("/api/conversations.open"))
                .atPriority(1)
                .inScenario("ratelimit-open")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", Integer.toString(retryAfterSeconds))
                        .withBody("{\"ok\":false,\"error\":\"ratelimited\"}"))
                .willSetStateTo("served"));
    }

    /**
     * The next chat.postMessage into this user's DM reaches Slack, which shows it, but the connection
     * breaks before the answer comes back: to the bot it looks like a timeout.
     */
    public void dropAnswerToNextDmTo(String user) {
        String channel = dmChannel(user);
        server.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .atPriority(1)
                .withRequestBody(containing("channel=" + channel))
                .inScenario("drop-dm-" + channel)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("dropped once"));
    }

    /** views.open answers {@code ok:false} with this error (an expired trigger, say) until {@link #heal()}. */
    public void failViewsOpen(String error) {
        server.stubFor(post(urlEqualTo("/api/views.open"))
                .atPriority(1)
                .willReturn(okJson("{\"ok\":false,\"error\":\"" + error + "\"}")));
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
                .map(r -> new SlackCall(
                        method,
                        form(r.getBodyAsString()),
                        r.getHeader("Authorization"),
                        r.getLoggedDate().toInstant()))
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

    /** Every chat.update of the message with this ts, oldest first. */
    public List<SlackCall> updatesOf(String ts) {
        return cardUpdates(ts);
    }

    /** Modals the bot opened (views.open), oldest first. */
    public List<SlackCall> viewsOpened() {
        return calls("views.open");
    }

    /** Posts in the bot's DM with this user (failed attempts included), oldest first. */
    public List<SlackCall> dmsTo(String user) {
        String channel = dmChannel(user);
        return calls("chat.postMessage").stream()
                .filter(c -> channel.equals(c.param("channel")))
                .toList();
    }

    public List<SlackCall> ephemeralsTo(String user) {
        return calls("chat.postEphemeral").stream()
                .filter(c -> user.equals(c.param("user")))
                .toList();
    }

    /** Bodies POSTed to a response_url (a slash command's or a button's): answers and replacements. */
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

    /**
     * Answers conversations.replies and conversations.history from the posts Slack took: every
     * chat.postMessage answered 200, or answered 500 after landing, with its metadata, as Slack shows
     * them with {@code include_all_metadata}.
     */
    /**
     * Whether Slack took a chat.postMessage: it said ok, or the answer was lost on the way back (a
     * fault), or the stub says it landed before failing.
     */
    static boolean landed(ServeEvent post) {
        int status = post.getResponse().getStatus();
        boolean fault = post.getResponseDefinition().getFault() != null;
        String body = fault ? null : post.getResponse().getBodyAsString();
        // A transformed answer (MessageTs) is not always in the journal with its body: a 200 that does not
        // say ok:false is Slack taking the post.
        boolean ok = status == 200 && (body == null || !body.replace(" ", "").contains("\"ok\":false"));
        var headers = post.getResponse().getHeaders();
        var landedHeader = headers == null ? null : headers.getHeader(History.LANDED);
        boolean landedAnyway =
                landedHeader != null && landedHeader.isPresent() && "true".equals(landedHeader.firstValue());
        return fault || ok || landedAnyway;
    }

    /** The chat.postMessage calls into {@code channel} that Slack took: what people see there. */
    public List<SlackCall> postsLandedIn(String channel) {
        return server.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals("/api/chat.postMessage"))
                .filter(FakeSlack::landed)
                .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate()))
                .map(e -> new SlackCall(
                        "chat.postMessage",
                        form(e.getRequest().getBodyAsString()),
                        e.getRequest().getHeader("Authorization"),
                        e.getRequest().getLoggedDate().toInstant()))
                .filter(c -> channel.equals(c.param("channel")))
                .toList();
    }

    static final class History implements ResponseDefinitionTransformerV2 {
        static final String NAME = "history";
        static final String LANDED = "X-Fake-Landed";
        WireMockServer server;

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            Map<String, String> asked = form(serveEvent.getRequest().getBodyAsString());
            String channel = asked.get("channel");
            String thread = serveEvent.getRequest().getUrl().endsWith("conversations.replies") ? asked.get("ts") : null;
            var messages = new com.google.gson.JsonArray();
            for (ServeEvent post : server.getAllServeEvents()) {
                if (!post.getRequest().getUrl().equals("/api/chat.postMessage")) continue;
                var sent = form(post.getRequest().getBodyAsString());
                if (!landed(post) || !java.util.Objects.equals(channel, sent.get("channel"))) continue;
                if (thread != null && !thread.equals(sent.get("thread_ts"))) continue;
                var message = new JsonObject();
                message.addProperty("type", "message");
                message.addProperty("bot_id", "B0BOTID001");
                message.addProperty("text", sent.getOrDefault("text", ""));
                message.addProperty(
                        "ts",
                        "1700000000."
                                + String.format("%06d", Math.abs(post.getId().hashCode()) % 1_000_000));
                if (sent.get("metadata") != null) message.add("metadata", JsonParser.parseString(sent.get("metadata")));
                messages.add(message);
            }
            var body = new JsonObject();
            body.addProperty("ok", true);
            body.add("messages", messages);
            body.addProperty("has_more", false);
            return new ResponseDefinitionBuilder()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body.toString())
                    .build();
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

    /** Answers conversations.open like Slack, with a DM channel id that follows from the user's. */
    static final class DmChannel implements ResponseDefinitionTransformerV2 {
        static final String NAME = "dm-channel";

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            String user = form(serveEvent.getRequest().getBodyAsString()).getOrDefault("users", "U0NOBODY");
            return ResponseDefinition.okForJson(Map.of("ok", true, "channel", Map.of("id", dmChannel(user))));
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

    /** Answers chat.getPermalink with a link made of the channel and the message's ts, as Slack's look. */
    static final class Permalink implements ResponseDefinitionTransformerV2 {
        static final String NAME = "permalink";

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            Map<String, String> form = form(serveEvent.getRequest().getBodyAsString());
            String channel = form.getOrDefault("channel", "C0");
            String ts = form.getOrDefault("message_ts", "0.0").replace(".", "");
            return ResponseDefinition.okForJson(Map.of(
                    "ok",
                    true,
                    "channel",
                    channel,
                    "permalink",
                    "https://acme.slack.com/archives/" + channel + "/p" + ts));
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
