package dev.mlidea.bot.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.mlidea.bot.testing.Conversation;
import dev.mlidea.bot.testing.FakeSlack;
import dev.mlidea.bot.testing.RunningBot;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * {@code /metrics} of a bot that ran an intake, scraped over HTTP as Prometheus would: requests by
 * kind and outcome, the ack histogram, Web API calls by method and result, 429s, the queues, the
 * scheduled tasks, the loops, the JVM and the pool; and only with the token.
 */
class MetricsIT {
    private static final String TOKEN = "metrics-token-for-the-test-0123456789";
    private static final String OWNER = "U0OWNER0001";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @AutoClose
    private static final RunningBot bot = RunningBot.withEnv(Map.of("METRICS_TOKEN", TOKEN));

    @Test
    void an_intake_and_a_form_move_the_request_web_api_queue_and_task_meters() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Reply drafts for agents");
        c.type("Agents retype the same replies to the same tickets all day");
        c.type("help");
        String metadata = openForm(c);
        assertThat(bot.driver
                        .sendForm(Map.of("payload", view("view_submission", metadata)))
                        .statusCode())
                .isEqualTo(200);
        bot.driver.sendForm(Map.of("payload", view("view_closed", metadata)));
        bot.slack.failViewsOpen("trigger_expired");
        bot.driver.clickOnCard(channel, OWNER, c.cardTs, "open_form", "x");
        bot.driver.send("token=forged", Map.of("Content-Type", "application/x-www-form-urlencoded"), false);
        String limited = RunningBot.newChannel(false);
        bot.slack.rateLimitOnce(limited, 1);
        bot.driver.slashCommand(limited, OWNER, "Patient", bot.slack.responseUrl("r-limited"));
        await().atMost(Conversation.PATIENCE)
                .until(() -> bot.slack.cardPostsIn(limited).size() == 1);
        bot.clock.advance(java.time.Duration.ofSeconds(2)); // past Retry-After, on the bot's clock
        await().atMost(Conversation.PATIENCE)
                .until(() -> bot.slack.cardPostsIn(limited).size() == 2);
        bot.runRituals();
        bot.settle();

        Scrape scrape = await().atMost(Conversation.PATIENCE)
                .until(this::scrape, s -> s.sum("mlidea_slack_api_calls_total", "status", "trigger_expired") > 0);

        assertThat(scrape.sum("mlidea_slack_requests_total", "kind", "slash_command", "outcome", "acked"))
                .isEqualTo(2);
        assertThat(scrape.sum("mlidea_slack_requests_total", "kind", "event", "outcome", "acked"))
                .isEqualTo(2);
        assertThat(scrape.sum("mlidea_slack_requests_total", "kind", "block_actions", "outcome", "acked"))
                .isEqualTo(2);
        assertThat(scrape.sum("mlidea_slack_requests_total", "kind", "view_submission"))
                .isEqualTo(1);
        assertThat(scrape.sum("mlidea_slack_requests_total", "kind", "view_closed"))
                .isEqualTo(1);
        assertThat(scrape.sum("mlidea_slack_requests_total", "kind", "unknown", "outcome", "rejected_signature"))
                .isEqualTo(1);

        assertThat(scrape.matching("mlidea_slack_ack_seconds_bucket", "kind", "event"))
                .extracting(s -> s.labels().get("le"))
                .contains("0.1", "1.0", "3.0", "+Inf");
        assertThat(scrape.sum("mlidea_slack_ack_seconds_bucket", "kind", "event", "le", "+Inf"))
                .isEqualTo(2);
        assertThat(scrape.sum("mlidea_slack_ack_seconds_count")).isEqualTo(9);

        assertThat(scrape.sum("mlidea_slack_api_calls_total", "method", "auth.test", "status", "ok"))
                .isGreaterThanOrEqualTo(1);
        assertThat(scrape.sum("mlidea_slack_api_calls_total", "method", "chat.postMessage", "status", "ok"))
                .isGreaterThanOrEqualTo(2); // the card and the live question
        assertThat(scrape.sum("mlidea_slack_api_calls_total", "method", "chat.update", "status", "ok"))
                .isGreaterThanOrEqualTo(1);
        assertThat(scrape.sum("mlidea_slack_api_calls_total", "method", "chat.postEphemeral", "status", "ok"))
                .isEqualTo(1); // the help
        assertThat(scrape.sum("mlidea_slack_api_calls_total", "method", "views.open", "status", "ok"))
                .isEqualTo(1);
        assertThat(scrape.sum("mlidea_slack_api_calls_total", "method", "views.open", "status", "trigger_expired"))
                .isEqualTo(1);
        assertThat(scrape.sum("mlidea_slack_api_calls_total", "method", "chat.postMessage", "status", "http_429"))
                .isEqualTo(1);
        assertThat(scrape.sum("mlidea_slack_api_rate_limited_total", "method", "chat.postMessage"))
                .isEqualTo(1);
        assertThat(scrape.sum("mlidea_slack_api_latency_seconds_count", "method", "chat.update"))
                .isGreaterThanOrEqualTo(1);

        assertThat(scrape.matching("mlidea_inbox_depth"))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).isZero());
        assertThat(scrape.has("mlidea_inbox_oldest_age_seconds")).isTrue();
        assertThat(scrape.has("mlidea_outbox_depth")).isTrue();
        assertThat(scrape.has("mlidea_outbox_oldest_age_seconds")).isTrue();

        assertThat(scrape.sum("mlidea_scheduled_runs_total", "task", "rituals", "result", "ok"))
                .isGreaterThanOrEqualTo(1);
        assertThat(scrape.matching("mlidea_scheduled_runs_total", "task", "summaries", "result", "failed"))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).isZero());
        assertThat(scrape.matching("mlidea_background_restarts_total"))
                .extracting(s -> s.labels().get("loop"))
                .containsExactlyInAnyOrder("inbox", "outbox", "housekeeping");
        assertThat(scrape.sum("mlidea_background_running")).isEqualTo(3);

        assertThat(scrape.has("jvm_memory_used_bytes")).isTrue();
        assertThat(scrape.has("jvm_gc_")).isTrue();
        assertThat(scrape.has("jvm_threads_live_threads")).isTrue();
        assertThat(scrape.has("jvm_classes_loaded_classes")).isTrue();
        assertThat(scrape.has("system_cpu_count")).isTrue();
        assertThat(scrape.has("process_uptime_seconds")).isTrue();
        assertThat(scrape.matching("hikaricp_connections_max", "pool", "mlidea"))
                .singleElement()
                .satisfies(s -> assertThat(s.value()).isEqualTo(32));
        assertThat(scrape.has("hikaricp_connections_active")).isTrue();
    }

    @Test
    void metrics_need_the_token_when_one_is_set() {
        HttpResponse<String> none = get(Map.of());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(none.body()).doesNotContain("jvm_", "mlidea_");
        assertThat(get(Map.of("Authorization", "Bearer " + TOKEN + "x")).statusCode())
                .isEqualTo(401);
        assertThat(get(Map.of("Authorization", TOKEN)).statusCode()).isEqualTo(401);

        HttpResponse<String> ok = get(Map.of("Authorization", "Bearer " + TOKEN));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
        assertThat(ok.body()).contains("# TYPE mlidea_inbox_depth gauge");
    }

    @Test
    void without_a_token_only_this_machine_asking_directly_gets_metrics() {
        try (var open = new RunningBot()) {
            assertThat(get(open.port(), Map.of()).statusCode()).isEqualTo(200);
            assertThat(get(open.port(), Map.of("X-Forwarded-For", "203.0.113.7"))
                            .statusCode())
                    .isEqualTo(403);
            assertThat(get(open.port(), Map.of("Forwarded", "for=203.0.113.7")).statusCode())
                    .isEqualTo(403);
        }
    }

    private Scrape scrape() {
        HttpResponse<String> response = get(Map.of("Authorization", "Bearer " + TOKEN));
        assertThat(response.statusCode()).isEqualTo(200);
        return Scrape.parse(response.body());
    }

    private static HttpResponse<String> get(Map<String, String> headers) {
        return get(bot.port(), headers);
    }

    private static HttpResponse<String> get(int port, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"));
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Clicks the card's form button and returns the opened form's private_metadata. */
    private static String openForm(Conversation c) {
        int opened = bot.slack.viewsOpened().size();
        bot.driver.clickOnCard(c.channel, OWNER, c.cardTs, "open_form", "x");
        await().atMost(Conversation.PATIENCE)
                .until(() -> bot.slack.viewsOpened().size() > opened);
        return JsonParser.parseString(bot.slack.viewsOpened().get(opened).param("view"))
                .getAsJsonObject()
                .get("private_metadata")
                .getAsString();
    }

    /** A view_submission with no values, or a view_closed, of the quick intake's form. */
    private static String view(String type, String metadata) {
        var payload = new JsonObject();
        payload.addProperty("type", type);
        var team = new JsonObject();
        team.addProperty("id", FakeSlack.TEAM);
        team.addProperty("domain", "acme");
        payload.add("team", team);
        var user = new JsonObject();
        user.addProperty("id", OWNER);
        user.addProperty("team_id", FakeSlack.TEAM);
        payload.add("user", user);
        payload.addProperty("api_app_id", "A0APP00001");
        var view = new JsonObject();
        view.addProperty("id", "V0VIEW0001");
        view.addProperty("team_id", FakeSlack.TEAM);
        view.addProperty("type", "modal");
        view.addProperty("callback_id", "quick_intake");
        view.addProperty("private_metadata", metadata);
        view.addProperty("hash", "h1");
        var state = new JsonObject();
        state.add("values", new JsonObject());
        view.add("state", state);
        view.add("blocks", new JsonArray());
        payload.add("view", view);
        payload.addProperty("is_cleared", false);
        return payload.toString();
    }
}
