package dev.mlidea.bot;

import dev.mlidea.bot.testing.Conversation;
import dev.mlidea.bot.testing.RunningBot;
import dev.mlidea.bot.testing.SlackCall;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Prints how long a turn takes (a signed reply in, the next question out at the fake Slack) with one
 * intake and with twenty going on at once. A benchmark, not a test: it asserts nothing and is not part
 * of {@code verify}.
 *
 * <pre>mvn -B verify -Dtest=TurnLatencyBenchmark -Dit.test=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false</pre>
 */
class TurnLatencyBenchmark {
    private static final int TURNS = 8;

    @Test
    void prints_turn_latency_for_one_and_twenty_concurrent_intakes() throws Exception {
        try (var bot = new RunningBot()) {
            for (int intakes : new int[] {1, 20, 1, 20}) { // twice: the first round warms the JIT
                List<Conversation> conversations = new ArrayList<>();
                for (int i = 0; i < intakes; i++) {
                    conversations.add(
                            Conversation.start(bot, RunningBot.newChannel(false), "U0BENCH" + i, "Bench " + i));
                }
                ExecutorService people = Executors.newFixedThreadPool(intakes);
                var latencies = Collections.synchronizedList(new ArrayList<Long>());
                var running = new ArrayList<Future<?>>();
                for (Conversation c : conversations) {
                    running.add(people.submit(() -> {
                        for (int t = 0; t < TURNS; t++) latencies.add(turn(bot, c));
                    }));
                }
                for (var f : running) f.get();
                people.shutdown();
                var sorted = latencies.stream().sorted().toList();
                System.out.printf(
                        "%2d concurrent intake(s): %d turns, p50 %d ms, p95 %d ms, max %d ms%n",
                        intakes,
                        sorted.size(),
                        sorted.get(sorted.size() / 2),
                        sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                        sorted.get(sorted.size() - 1));
            }
        }
    }

    /**
     * One turn: "skip" the open question; the turn ends when the fake Slack received the bot's next
     * message, an edit of the live message or a post in the thread (its own clock), so polling for it,
     * every 500 ms, does not slow the bot down or blur the figure.
     */
    private static long turn(RunningBot bot, Conversation c) {
        SlackCall before = c.last();
        Instant sent = Instant.now();
        bot.driver.threadReply(c.channel, c.user, c.cardTs, "skip");
        SlackCall next = org.awaitility.Awaitility.await()
                .atMost(Conversation.PATIENCE)
                .pollInterval(Duration.ofMillis(500))
                .until(c::last, last -> last.receivedAt().isAfter(before.receivedAt()));
        return Duration.between(sent, next.receivedAt()).toMillis();
    }
}
