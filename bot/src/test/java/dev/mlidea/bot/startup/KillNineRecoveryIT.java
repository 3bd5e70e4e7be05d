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
 * The real jar, killed with SIGKILL mid-intake and in the middle of a burst of answers to other
 * intakes, started again on the same data directory: the embedded PostgreSQL the first JVM left
 * running is stopped, the bot gets ready, the intake goes on where it was, with the earlier answers
 * kept, and every answer of the burst that was acked is handled exactly once (those that were not
 * are sent again, as Slack would, and handled once too).
 */
class KillNineRecoveryIT {
    private static final Duration START_PATIENCE = Duration.ofSeconds(120);
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String OWNER = "U0OWNER0009";
    private static final String CHANNEL = "C0KILLNINE1";
    /** Intakes answered in the burst, each by its own person typing three answers one after the other. */
    private static final int BURST_INTAKES = 4;
    /** The kill comes once this many answers of the burst were acked: mid-burst, others in flight. */
    private static final int BURST_KILL_AFTER = 5;

    private static final List<String> BURST_ANSWERS =
            List.of("Customers leave and we notice too late", "person decides", "fell short");
    /** The question the live message shows after each answer above. */
    private static final List<String> NEXT_QUESTIONS = List.of("use.how", "need.ml", "impact.signals");

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
        // SIGKILL: no shutdown hook, nothing stops PostgreSQL; it comes from the burst's own thread the
        // moment enough answers are acked, so others are on the wire.
        var burst = new Burst(driver, first::destroyForcibly);
        burst.fire();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        burst.awaitSenders();
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
                var rows = db.createStatement()
                        .executeQuery("SELECT question_key FROM answers a JOIN projects p ON p.id = a.project_id"
                                + " WHERE p.channel_id = '" + CHANNEL + "' ORDER BY answered_at")) {
            var keys = new ArrayList<String>();
            while (rows.next()) keys.add(rows.getString(1));
            assertThat(keys).containsExactly("problem", "use.how", "need.ml");
        }
        burst.resendUnackedAndFinish(dataDir);
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

    /**
     * Four people answering their intakes at once, each typing the next answer as soon as the previous
     * one is acked (so the bot stores them in order); the kill cuts them off.
     */
    private final class Burst {
        private final SlackDriver driver;
        private final Runnable kill;
        private final java.util.concurrent.atomic.AtomicInteger acked = new java.util.concurrent.atomic.AtomicInteger();
        private final List<String> cards = new ArrayList<>();
        /** Per intake: the event id of each answer sent, and how many were acked. */
        private final List<List<String>> eventIds = new ArrayList<>();

        private final int[] ackedPerIntake = new int[BURST_INTAKES];
        private final List<Thread> senders = new ArrayList<>();

        Burst(SlackDriver driver, Runnable kill) {
            this.driver = driver;
            this.kill = kill;
            for (int i = 0; i < BURST_INTAKES; i++) {
                driver.slashCommand(channel(i), user(i), "Burst idea " + i, slack.responseUrl(SlackDriver.nextId("r")));
            }
            for (int i = 0; i < BURST_INTAKES; i++) {
                String channel = channel(i);
                cards.add(await().atMost(PATIENCE).until(() -> threadTsOfFirstQuestion(channel), ts -> ts != null));
                eventIds.add(new java.util.concurrent.CopyOnWriteArrayList<>());
            }
        }

        void fire() {
            for (int i = 0; i < BURST_INTAKES; i++) {
                int intake = i;
                Thread sender = new Thread(() -> {
                    for (String text : BURST_ANSWERS) {
                        String eventId = SlackDriver.nextId("Ev0BURST");
                        eventIds.get(intake).add(eventId);
                        if (!send(intake, text, eventId, null)) return;
                        ackedPerIntake[intake]++;
                        if (acked.incrementAndGet() == BURST_KILL_AFTER) kill.run();
                    }
                });
                senders.add(sender);
                sender.start();
            }
        }

        void awaitSenders() throws InterruptedException {
            for (Thread sender : senders) sender.join(TimeUnit.SECONDS.toMillis(30));
            System.out.printf(
                    "KillNineRecoveryIT: %d of %d answers of the burst acked before the kill%n",
                    acked.get(), BURST_INTAKES * BURST_ANSWERS.size());
            assertThat(acked.get()).as("answers acked before the kill").isGreaterThanOrEqualTo(BURST_KILL_AFTER);
            assertThat(acked.get())
                    .as("answers still to go at the kill")
                    .isLessThan(BURST_INTAKES * BURST_ANSWERS.size());
        }

        private boolean send(int intake, String text, String eventId, Integer retry) {
            try {
                return driver.threadReply(channel(intake), user(intake), cards.get(intake), text, eventId, retry)
                                .statusCode()
                        == 200;
            } catch (IllegalStateException e) { // the connection died with the bot: no ack
                return false;
            }
        }

        /**
         * Slack retries what was not acked (same event id); the people then type what they had not sent
         * yet. Every intake ends with its three answers, each handled once.
         */
        void resendUnackedAndFinish(Path dataDir) throws Exception {
            for (int i = 0; i < BURST_INTAKES; i++) {
                for (int a = ackedPerIntake[i]; a < BURST_ANSWERS.size(); a++) {
                    boolean retry = a < eventIds.get(i).size();
                    String eventId = retry ? eventIds.get(i).get(a) : SlackDriver.nextId("Ev0BURST");
                    assertThat(send(i, BURST_ANSWERS.get(a), eventId, retry ? 1 : null))
                            .isTrue();
                }
            }
            for (int i = 0; i < BURST_INTAKES; i++) {
                String card = cards.get(i);
                await().atMost(PATIENCE).until(() -> NEXT_QUESTIONS.equals(liveQuestions(card)));
                assertThat(storedKeys(dataDir, channel(i)))
                        .as("intake %d: each answer stored once, in order", i)
                        .containsExactly("problem", "use.how", "need.ml");
                assertThat(slack.postsInThread(card))
                        .as("one live message, edited in place")
                        .hasSize(1);
                assertThat(slack.calls("chat.postEphemeral").stream().filter(c -> card.equals(c.param("thread_ts"))))
                        .as("no answer was taken for another question's")
                        .isEmpty();
                assertThat(liveEdits(channel(i), card))
                        .as("an edit re-sent at most once (a kill between Slack's answer and the commit)")
                        .hasSizeLessThanOrEqualTo(NEXT_QUESTIONS.size() + 1);
            }
        }

        /** The questions the live message showed, one after the other (a re-sent edit counted once). */
        private List<String> liveQuestions(String card) {
            String channel = channel(cards.indexOf(card));
            var keys = new ArrayList<String>();
            for (SlackCall edit : liveEdits(channel, card)) {
                String key = edit.questionKey();
                if (keys.isEmpty() || !keys.get(keys.size() - 1).equals(key)) keys.add(key);
            }
            return keys;
        }

        private static String channel(int i) {
            return "C0KNBURST" + i;
        }

        private static String user(int i) {
            return "U0BURSTER" + i;
        }
    }

    private static List<String> storedKeys(Path dataDir, String channel) throws Exception {
        int postgresPort = Integer.parseInt(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(3).trim());
        String password = Files.readString(dataDir.resolve("mlidea-password")).trim();
        try (var db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgresPort
                        + "/postgres?user=postgres&password=" + password);
                var query = db.prepareStatement("SELECT question_key FROM answers a JOIN projects p"
                        + " ON p.id = a.project_id WHERE p.channel_id = ? ORDER BY answered_at")) {
            query.setString(1, channel);
            var keys = new ArrayList<String>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) keys.add(rows.getString(1));
            }
            return keys;
        }
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
        return threadTsOfFirstQuestion(CHANNEL);
    }

    private String threadTsOfFirstQuestion(String channel) {
        return slack.calls("chat.postMessage").stream()
                .filter(c -> channel.equals(c.param("channel")) && c.param("thread_ts") != null)
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
        return liveEdits(CHANNEL, cardTs);
    }

    private List<SlackCall> liveEdits(String channel, String cardTs) {
        return slack.calls("chat.update").stream()
                .filter(c -> channel.equals(c.param("channel")) && !cardTs.equals(c.param("ts")))
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
