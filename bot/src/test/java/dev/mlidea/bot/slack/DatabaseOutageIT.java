package dev.mlidea.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import dev.mlidea.bot.testing.Conversation;
import dev.mlidea.bot.testing.FakeSlack;
import dev.mlidea.bot.testing.RunningBot;
import dev.mlidea.bot.testing.SlackCall;
import dev.mlidea.bot.testing.SlackDriver;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.testing.RestartableDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot's PostgreSQL really stops for 30 s (a fast shutdown: sessions cut, connections refused)
 * while a steady stream of signed requests comes in: slash commands that start intakes and answers in
 * the threads of intakes already started. Slack must hear a 5xx quickly for what cannot be stored,
 * {@code /readyz} must say so, and when the server is back on the same port the bot recovers alone;
 * Slack's retries of the refused requests (same ids, same bodies) and every request acked before are
 * then handled exactly once.
 */
class DatabaseOutageIT {
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    /** Slack waits 3 s; a refusal must come well before a generous 5 s. */
    private static final Duration FAST = Duration.ofSeconds(5);

    private static final Duration TICK = Duration.ofMillis(300);
    private static final String OWNER = "U0OWNER0OUT";

    @TempDir
    Path work;

    /** One request of the stream, kept so that it can be sent again exactly as it was. */
    private static final class Sent {
        final String kind;
        final String channel;
        final String dedupKey;
        final Supplier<HttpResponse<String>> resend;
        final Instant at;
        final int status;
        final long millis;

        Sent(
                String kind,
                String channel,
                String dedupKey,
                Supplier<HttpResponse<String>> first,
                Supplier<HttpResponse<String>> resend) {
            this.kind = kind;
            this.channel = channel;
            this.dedupKey = dedupKey;
            this.resend = resend;
            this.at = Instant.now();
            long start = System.nanoTime();
            int code;
            try {
                code = first.get().statusCode();
            } catch (IllegalStateException e) { // the client gave up: no answer at all
                code = -1;
            }
            this.status = code;
            this.millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        }

        boolean acked() {
            return status >= 200 && status < 300;
        }
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    /** Channels whose intake got (or is being sent) its one answer. */
    private final Set<String> answered = ConcurrentHashMap.newKeySet();
    /** Channels whose slash command was acked: their cards appear in FakeSlack. */
    private final Set<String> started = ConcurrentHashMap.newKeySet();

    @Test
    void a_thirty_second_outage_refuses_fast_recovers_alone_and_loses_nothing_acked() throws Exception {
        try (var postgres = RestartableDatabase.startOn(work.resolve("pg"));
                var bot = RunningBot.on(postgres.jdbcUrl())) {
            bot.driver.giveUpAfter(Duration.ofSeconds(10));
            for (int i = 0; i < 4; i++) {
                String channel = RunningBot.newChannel(false);
                Conversation.start(bot, channel, OWNER, "Before the outage " + i);
                started.add(channel);
            }

            ScheduledExecutorService stream = Executors.newScheduledThreadPool(2);
            try {
                stream.scheduleWithFixedDelay(() -> slashCommand(bot), 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
                stream.scheduleWithFixedDelay(() -> answer(bot), 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
                await().atMost(Conversation.PATIENCE)
                        .until(() ->
                                ackedSince(Instant.EPOCH, "command") >= 3 && ackedSince(Instant.EPOCH, "answer") >= 3);

                postgres.stop();
                Instant stopped = Instant.now();
                await().atMost(FAST).until(() -> readyz(bot) == 503);
                long notReadyAfter = Duration.between(stopped, Instant.now()).toMillis();
                // All through the outage: not ready, and nothing is acked (it could not have been stored).
                Duration left = OUTAGE.minus(Duration.between(stopped, Instant.now()));
                await().during(left)
                        .atMost(left.plusSeconds(10))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> readyz(bot) == 503 && ackedSince(stopped, null) == 0);
                long outage = Duration.between(stopped, Instant.now()).toMillis();

                postgres.start();
                Instant back = Instant.now();
                await().atMost(Duration.ofSeconds(30)).until(() -> readyz(bot) == 200);
                long readyAfter = Duration.between(back, Instant.now()).toMillis();
                await().atMost(Conversation.PATIENCE)
                        .until(() -> ackedSince(back, "command") >= 3 && ackedSince(back, "answer") >= 2);
                System.out.printf(
                        "DatabaseOutageIT: outage %d ms; /readyz 503 after %d ms, 200 again %d ms after the restart%n",
                        outage, notReadyAfter, readyAfter);
            } finally {
                stream.shutdown();
                assertThat(stream.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            }

            List<Sent> refused = sent.stream().filter(s -> !s.acked()).toList();
            long maxRefusal = refused.stream().mapToLong(s -> s.millis).max().orElse(0);
            long maxAck = sent.stream()
                    .filter(Sent::acked)
                    .mapToLong(s -> s.millis)
                    .max()
                    .orElse(0);
            System.out.printf(
                    "DatabaseOutageIT: %d requests, %d refused (slowest refusal %d ms, slowest ack %d ms)%n",
                    sent.size(), refused.size(), maxRefusal, maxAck);
            assertThat(refused).extracting(s -> s.kind).contains("command", "answer");
            assertThat(refused)
                    .as("what could not be stored is refused with a 5xx, so Slack retries it")
                    .allSatisfy(s -> assertThat(s.status).isBetween(500, 599));
            assertThat(maxRefusal)
                    .as("refused quickly, inside Slack's patience")
                    .isLessThan(FAST.toMillis());

            // Slack's retries of the refused requests: the same bodies and ids.
            for (Sent s : refused) assertThat(s.resend.get().statusCode()).isEqualTo(200);
            bot.settle();

            assertProcessedOnce(bot);
        }
    }

    private void assertProcessedOnce(RunningBot bot) {
        Map<String, List<ProjectRecord>> projects =
                bot.projects().stream().collect(Collectors.groupingBy(ProjectRecord::channelId));
        Map<String, Map<String, Object>> inbox = inboxRows(bot);
        for (Sent s : sent) {
            assertThat(inbox.get(s.dedupKey))
                    .as("%s %s stored", s.kind, s.dedupKey)
                    .isNotNull();
            assertThat(inbox.get(s.dedupKey).get("outcome"))
                    .as("%s handled", s.dedupKey)
                    .isNotEqualTo("failed");
            assertThat(inbox.get(s.dedupKey).get("processed_at")).isNotNull();
            if (s.kind.equals("command")) {
                assertThat(projects.get(s.channel))
                        .as("one project in %s", s.channel)
                        .hasSize(1);
                assertThat(bot.slack.cardPostsIn(s.channel))
                        .as("one card in %s", s.channel)
                        .hasSize(1);
            } else {
                ProjectRecord project = projects.get(s.channel).get(0);
                assertThat(bot.storedAnswers(project.id()))
                        .as("the answer in %s stored once", s.channel)
                        .extracting(a -> a.questionKey())
                        .containsExactly("problem");
                var conversation = Conversation.resume(
                        bot, s.channel, OWNER, project.cardTs().orElseThrow());
                assertThat(conversation.openQuestion()).isEqualTo("use.how");
                assertThat(conversation.ephemeralsTo(OWNER)).isEmpty();
            }
        }
        // No message was posted twice: every post that landed is one of a kind.
        Map<String, Long> posts = bot.slack.calls("chat.postMessage").stream()
                .collect(Collectors.groupingBy(DatabaseOutageIT::identity, Collectors.counting()));
        assertThat(posts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey))
                .as("posts sent twice")
                .isEmpty();
    }

    private static String identity(SlackCall post) {
        return post.param("channel") + "|" + post.param("thread_ts") + "|" + post.param("text");
    }

    private static Map<String, Map<String, Object>> inboxRows(RunningBot bot) {
        var rows = bot.probes()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT dedup_key, outcome, processed_at FROM inbox")
                        .mapToMap()
                        .list());
        var byKey = new HashMap<String, Map<String, Object>>();
        rows.forEach(r -> byKey.put((String) r.get("dedup_key"), r));
        return byKey;
    }

    /** Starts an intake in a channel of its own: one request, one card if it is handled once. */
    private void slashCommand(RunningBot bot) {
        String channel = RunningBot.newChannel(false);
        var form = new LinkedHashMap<String, String>();
        form.put("token", "verification-token-unused");
        form.put("team_id", FakeSlack.TEAM);
        form.put("team_domain", "acme");
        form.put("channel_id", channel);
        form.put("channel_name", "ml-ideas");
        form.put("user_id", OWNER);
        form.put("user_name", "someone");
        form.put("command", "/mlidea");
        form.put("text", "Outage idea " + channel);
        form.put("api_app_id", "A0APP00001");
        form.put("is_enterprise_install", "false");
        form.put("response_url", bot.slack.responseUrl(SlackDriver.nextId("r")));
        String trigger = SlackDriver.nextId("13345224609.738474920.") + "8ef8";
        form.put("trigger_id", trigger);
        var request = new Sent(
                "command",
                channel,
                "command:" + trigger,
                () -> bot.driver.sendForm(form),
                () -> bot.driver.sendForm(form));
        sent.add(request);
        if (request.acked()) started.add(channel);
    }

    /** Answers the first question of an intake whose card is out and that has no answer yet. */
    private void answer(RunningBot bot) {
        Map<String, String> cards = new HashMap<>();
        for (SlackCall post : bot.slack.calls("chat.postMessage")) {
            String channel = post.param("channel");
            if (post.param("thread_ts") != null && started.contains(channel) && !answered.contains(channel)) {
                cards.putIfAbsent(channel, post.param("thread_ts"));
            }
        }
        if (cards.isEmpty()) return;
        var target = cards.entrySet().iterator().next();
        String channel = target.getKey();
        answered.add(channel);
        var event = new JsonObject();
        event.addProperty("type", "message");
        event.addProperty("channel", channel);
        event.addProperty("user", OWNER);
        event.addProperty("text", "Customers leave and we notice too late, seen in " + channel);
        String ts = Instant.now().getEpochSecond() + "." + String.format("%06d", sent.size());
        event.addProperty("ts", ts);
        event.addProperty("thread_ts", target.getValue());
        event.addProperty("event_ts", ts);
        event.addProperty("channel_type", "channel");
        String eventId = SlackDriver.nextId("Ev0OUT");
        sent.add(new Sent(
                "answer",
                channel,
                "event:" + eventId,
                () -> bot.driver.sendEvent(event, eventId, null),
                () -> bot.driver.sendEvent(event, eventId, 1)));
    }

    private long ackedSince(Instant since, String kind) {
        return sent.stream()
                .filter(s -> s.acked() && !s.at.isBefore(since) && (kind == null || kind.equals(s.kind)))
                .count();
    }

    private static int readyz(RunningBot bot) {
        return bot.driver.get("/readyz").statusCode();
    }
}
