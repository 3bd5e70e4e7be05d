package dev.mlidea.bot.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.mlidea.bot.testing.FakeSlack;
import dev.mlidea.bot.testing.JarCommand;
import dev.mlidea.bot.testing.SlackCall;
import dev.mlidea.bot.testing.SlackDriver;
import dev.mlidea.storage.testing.KilledServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar, killed with SIGKILL mid-intake, started again on the same data directory: the
 * embedded PostgreSQL the first JVM left running is stopped, the bot gets ready, and the intake goes
 * on where it was, with the earlier answers kept.
 */
class KillNineRecoveryIT {
    private static final Duration START_PATIENCE = Duration.ofSeconds(120);
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String OWNER = "U0OWNER0009";
    private static final String CHANNEL = "C0KILLNINE1";

    @TempDir
    Path work;

    private final FakeSlack slack = new FakeSlack();
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Process> bots = new ArrayList<>();
    private final List<Long> postgresPids = new ArrayList<>();

    @Test
    void after_kill_9_the_bot_starts_again_on_its_data_and_the_intake_goes_on() throws Exception {
        Path dataDir = work.resolve("data");
        int port = freePort();
        Process first = startBot(dataDir, port, "first.log");
        awaitReady(port, first, "first.log");
        var driver = new SlackDriver(FakeSlack.TEAM, port);

        driver.slashCommand(CHANNEL, OWNER, "Churn prediction", slack.responseUrl(SlackDriver.nextId("r")));
        String cardTs = await().atMost(PATIENCE).until(this::threadTsOfFirstQuestion, ts -> ts != null);
        assertThat(lastIn(cardTs).questionKey()).isEqualTo("problem");
        assertThat(answer(driver, cardTs, "Customers leave and we notice too late")
                        .questionKey())
                .isEqualTo("use.how");
        assertThat(answer(driver, cardTs, "person decides").questionKey()).isEqualTo("need.ml");

        long orphan = KilledServer.postmasterPid(dataDir);
        postgresPids.add(orphan);
        first.destroyForcibly(); // SIGKILL: no shutdown hook, nothing stops PostgreSQL
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(KilledServer.isRunning(orphan))
                .as("the killed JVM's PostgreSQL is still running")
                .isTrue();

        Process second = startBot(dataDir, port, "second.log");
        awaitReady(port, second, "second.log");

        assertThat(KilledServer.isRunning(orphan)).as("the orphan is stopped").isFalse();
        long postgres = KilledServer.postmasterPid(dataDir);
        postgresPids.add(postgres);
        assertThat(postgres).isNotEqualTo(orphan);
        assertThat(Files.readString(work.resolve("second.log")))
                .contains("found a PostgreSQL (pid " + orphan + ") left running on")
                .doesNotContain(
                        Files.readString(dataDir.resolve("mlidea-password")).trim());

        SlackCall next = answer(driver, cardTs, "fell short");
        assertThat(next.questionKey())
                .as("the intake goes on at the question it was on")
                .isEqualTo("impact.signals");
        assertThat(next.allText()).contains("question 4 of 8");
        assertThat(slack.postsInThread(cardTs))
                .as("still the one live message, edited in place")
                .hasSize(1);
        int postgresPort = Integer.parseInt(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(3).trim());
        String password = Files.readString(dataDir.resolve("mlidea-password")).trim();
        try (var db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgresPort
                        + "/postgres?user=postgres&password=" + password);
                var rows = db.createStatement().executeQuery("SELECT question_key FROM answers ORDER BY answered_at")) {
            var keys = new ArrayList<String>();
            while (rows.next()) keys.add(rows.getString(1));
            assertThat(keys).containsExactly("problem", "use.how", "need.ml");
        }
        assertThatThrownBy(() -> DriverManager.getConnection(
                                "jdbc:postgresql://127.0.0.1:" + postgresPort + "/postgres?user=postgres")
                        .close())
                .as("no password, no connection")
                .isInstanceOf(SQLException.class);

        // SIGTERM: one ordered shutdown stops the requests, lets the work drain, then stops PostgreSQL.
        second.destroy();
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(work.resolve("second.log"));
        assertThat(log).contains("stopping: finishing the work in flight");
        assertThat(log.lastIndexOf("- stopped")).isGreaterThan(log.indexOf("stopping: finishing"));
        assertThat(KilledServer.isRunning(postgres))
                .as("PostgreSQL stopped with the bot")
                .isFalse();
        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
    }

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (Process bot : bots) {
            bot.destroy(); // SIGTERM: the shutdown hooks stop its PostgreSQL
            if (!bot.waitFor(30, TimeUnit.SECONDS)) bot.destroyForcibly();
        }
        for (long pid : postgresPids) {
            ProcessHandle.of(pid).filter(p -> KilledServer.isRunning(pid)).ifPresent(ProcessHandle::destroy);
        }
        KilledServer.stopAnythingOn(work.resolve("data"));
        slack.close();
    }

    private Process startBot(Path dataDir, int port, String log) throws IOException {
        Path jar = Path.of("target", "mlidea.jar");
        assertThat(jar).as("mvn package builds the jar before failsafe runs").exists();
        // The java line and JVM flags (deploy/jvm.options) the image runs, so this is the image's JVM recovering.
        var builder = new ProcessBuilder(JarCommand.local(jar))
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(log).toFile());
        var env = builder.environment();
        env.remove("DATABASE_URL");
        env.put("SLACK_BOT_TOKEN", "xoxb-test-not-a-real-token-AbCdEfGhIjKlMnOpQr");
        env.put("SLACK_SIGNING_SECRET", SlackDriver.SIGNING_SECRET);
        env.put("SLACK_API_URL", slack.apiUrl());
        env.put("PORT", Integer.toString(port));
        env.put("MLIDEA_DATA_DIR", dataDir.toString());
        Process bot = builder.start();
        bots.add(bot);
        return bot;
    }

    private void awaitReady(int port, Process bot, String log) {
        var readyz = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz"))
                .timeout(Duration.ofSeconds(5))
                .build();
        await().atMost(START_PATIENCE).pollInterval(Duration.ofMillis(250)).until(() -> {
            assertThat(bot.isAlive())
                    .as("the bot exited; its output:\n%s", Files.readString(work.resolve(log)))
                    .isTrue();
            try {
                return http.send(readyz, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    /** The card's ts, known once the live question message is posted in its thread. */
    private String threadTsOfFirstQuestion() {
        return slack.calls("chat.postMessage").stream()
                .filter(c -> CHANNEL.equals(c.param("channel")) && c.param("thread_ts") != null)
                .map(c -> c.param("thread_ts"))
                .findFirst()
                .orElse(null);
    }

    /**
     * Types an answer in the thread and returns the bot's next edit of the live question message (the
     * only message of the channel edited that is not the card).
     */
    private SlackCall answer(SlackDriver driver, String cardTs, String text) {
        int before = liveEdits(cardTs).size();
        assertThat(driver.threadReply(CHANNEL, OWNER, cardTs, text).statusCode())
                .isEqualTo(200);
        await().atMost(PATIENCE).until(() -> liveEdits(cardTs).size() > before);
        return liveEdits(cardTs).get(before);
    }

    private List<SlackCall> liveEdits(String cardTs) {
        return slack.calls("chat.update").stream()
                .filter(c -> CHANNEL.equals(c.param("channel")) && !cardTs.equals(c.param("ts")))
                .toList();
    }

    private SlackCall lastIn(String cardTs) {
        List<SlackCall> thread = slack.postsInThread(cardTs);
        return thread.get(thread.size() - 1);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
