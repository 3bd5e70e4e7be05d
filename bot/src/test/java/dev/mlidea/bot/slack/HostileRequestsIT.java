package dev.mlidea.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.bot.testing.Conversation;
import dev.mlidea.bot.testing.FakeSlack;
import dev.mlidea.bot.testing.RunningBot;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * More than 10,000 generated requests nobody should send (see {@link HostileBodies}, seeded), unsigned
 * and validly signed, sent over HTTP from a few threads into one running bot: none gets a 5xx or shows
 * an exception, a body over 1 MB is refused with 413 without being read, nothing unsigned is stored,
 * and the bot stays healthy and runs a real intake afterwards.
 */
class HostileRequestsIT {
    private static final long SEED = 20261127L;
    private static final int UNSIGNED = 6_000;
    private static final int SIGNED = 4_000;
    private static final int SIGNED_COMMANDS = 60;
    private static final int THREADS = 4;
    /** An exception's class name or a stack frame, in whatever a response says. */
    private static final Pattern LEAK = Pattern.compile(
            "Exception|Throwable|StackOverflow|\\tat |\\bat [a-z]+\\.[a-z]+\\.|\\b(java|javax|jakarta|org|com|io|dev|kotlin)\\.[a-z]+\\.[A-Za-z]");

    private static RunningBot bot;
    private static HttpClient http;

    private final Map<String, Map<Integer, AtomicLong>> outcomes = new ConcurrentHashMap<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        bot = new RunningBot();
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    void ten_thousand_hostile_requests_get_no_5xx_store_nothing_unsigned_and_the_bot_keeps_working() throws Exception {
        long inboxBefore = count("inbox");
        long projectsBefore = count("projects");
        long outboxBefore = count("outbox");
        Instant started = Instant.now();

        send(UNSIGNED, false, SEED);
        long unsignedMillis = Duration.between(started, Instant.now()).toMillis();
        assertThat(count("inbox")).as("nothing unsigned reaches the inbox").isEqualTo(inboxBefore);
        assertThat(count("projects")).isEqualTo(projectsBefore);
        assertThat(count("outbox")).isEqualTo(outboxBefore);

        send(SIGNED, true, SEED + 1);
        var commands = new HostileBodies(SEED + 2);
        for (int i = 0; i < SIGNED_COMMANDS; i++)
            check(post(commands.hostileCommand(FakeSlack.TEAM), true), "hostile command", true);
        int total = UNSIGNED + SIGNED + SIGNED_COMMANDS;
        double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        System.out.printf(
                "HostileRequestsIT: %d requests in %.1f s (%.0f/s, the %d unsigned in %d ms); statuses by kind: %s%n",
                total, seconds, total / seconds, UNSIGNED, unsignedMillis, outcomes);

        assertThat(failures)
                .as("responses that were 5xx or showed an exception")
                .isEmpty();
        assertThat(outcomes.values().stream()
                        .flatMap(m -> m.values().stream())
                        .mapToLong(AtomicLong::get)
                        .sum())
                .isEqualTo(total);

        assertThat(bot.driver.get("/healthz").statusCode()).isEqualTo(200);
        assertThat(bot.driver.get("/readyz").statusCode()).isEqualTo(200);
        // A real intake, start to assessment, after all that.
        var c = Conversation.start(bot, RunningBot.newChannel(false), "U0SURVIVOR1", "After the storm");
        assertThat(c.completeQuick().allText()).isNotBlank();
    }

    @Test
    void a_body_over_one_megabyte_is_refused_with_413_before_it_is_read() throws Exception {
        byte[] big = new byte[1_000_001 + 512 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        for (boolean signed : new boolean[] {false, true}) {
            for (String type : new String[] {HostileBodies.FORM, HostileBodies.JSON}) {
                var response = post(new HostileBodies.Body("over 1 MB", type, big), signed);
                assertThat(response.statusCode()).as("%s %s", type, signed).isEqualTo(413);
                assertThat(LEAK.matcher(response.body()).find()).isFalse();
            }
        }
        // No Content-Length: a chunked body of 64 MB is cut at the limit, not read to its end.
        long size = 64L * 1024 * 1024;
        var served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                if (served.get() >= size) return -1;
                served.incrementAndGet();
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                long left = size - served.get();
                if (left <= 0) return -1;
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                served.addAndGet(n);
                return n;
            }
        };
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.port() + "/slack/events"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", HostileBodies.JSON)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless))
                .build();
        Integer status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException e) {
            status = null; // the server answered and closed while the client was still sending
        }
        System.out.printf(
                "HostileRequestsIT: chunked 64 MB body -> %s after the client wrote %d bytes%n", status, served.get());
        if (status != null) assertThat(status).isEqualTo(413);
        assertThat(served.get()).as("the server stopped reading near the limit").isLessThan(size / 4);
        assertThat(bot.driver.get("/healthz").statusCode()).isEqualTo(200);
    }

    private void send(int requests, boolean signed, long seed) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                var bodies = new HostileBodies(seed * 31 + t);
                int share = requests / THREADS + (t < requests % THREADS ? 1 : 0);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < share; i++) {
                        HostileBodies.Body body = bodies.next(FakeSlack.TEAM);
                        if (!signed && i % 50 == 0) {
                            check(badHeaders(body, i), body.kind() + " (bad headers)", false);
                        } else {
                            check(post(body, signed), body.kind(), signed);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdown();
        }
    }

    private void check(HttpResponse<String> response, String kind, boolean signed) {
        int status = response.statusCode();
        outcomes.computeIfAbsent((signed ? "signed " : "unsigned ") + kind, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, s -> new AtomicLong())
                .incrementAndGet();
        String body = response.body() == null ? "" : response.body();
        boolean refusedUnsigned = status == 401 || status == 413;
        if (status >= 500 || LEAK.matcher(body).find() || (!signed && !refusedUnsigned)) {
            if (failures.size() < 20)
                failures.add((signed ? "signed " : "unsigned ") + kind + " -> " + status + " "
                        + body.substring(0, Math.min(200, body.length())));
            else failures.add("more");
        }
    }

    private HttpResponse<String> post(HostileBodies.Body body, boolean signed) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String signature = signed ? bot.driver.signature().sign(timestamp, body.bytes()) : "v0=" + "0".repeat(64);
        var request =
                request(body).header("X-Slack-Request-Timestamp", timestamp).header("X-Slack-Signature", signature);
        return send(request.build());
    }

    /** Unsigned in other ways: headers missing, not numbers, stale, or far too long. */
    private HttpResponse<String> badHeaders(HostileBodies.Body body, int i) {
        var request = request(body);
        String now = Long.toString(Instant.now().getEpochSecond());
        switch (i / 50 % 5) {
            case 0 -> {} // neither header
            case 1 ->
                request.header("X-Slack-Request-Timestamp", "not a number").header("X-Slack-Signature", "v0=");
            case 2 ->
                request.header("X-Slack-Request-Timestamp", "-9223372036854775808")
                        .header("X-Slack-Signature", bot.driver.signature().sign("-9223372036854775808", body.bytes()));
            case 3 ->
                request.header("X-Slack-Request-Timestamp", now).header("X-Slack-Signature", "v0=" + "f".repeat(4000));
            default ->
                request.header("X-Slack-Request-Timestamp", "1")
                        .header("X-Slack-Signature", bot.driver.signature().sign("1", body.bytes()));
        }
        return send(request.build());
    }

    private HttpRequest.Builder request(HostileBodies.Body body) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.port() + "/slack/events"))
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        if (body.contentType() != null && !body.contentType().isEmpty())
            request.header("Content-Type", body.contentType());
        return request;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(
                    "no answer to a request: " + e.getClass().getName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long count(String table) {
        return bot.probes()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM " + table)
                        .mapTo(Long.class)
                        .one());
    }
}
