package dev.mlidea.bot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mlidea.bot.testing.Conversation;
import dev.mlidea.bot.testing.RunningBot;
import dev.mlidea.bot.testing.SlackCall;
import dev.mlidea.bot.testing.SlackDriver;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas on one database, Slack's requests spread over both as a load balancer would: every
 * reply is handled once and in order, and every question is posted once, whoever stored or sent it.
 */
class TwoReplicasIT {
    private static final String OWNER = "U0OWNER01";
    private RunningBot bot;
    private SlackDriver other;

    @BeforeEach
    void start() {
        bot = new RunningBot();
        other = bot.replica();
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void replies_spread_over_two_replicas_are_handled_once_each_and_in_order() {
        List<Conversation> intakes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            intakes.add(Conversation.start(bot, RunningBot.newChannel(false), OWNER, "Replicated idea " + i));
        }
        // Each intake gets three replies at once, alternating replicas, with a retried delivery of one of them.
        for (Conversation c : intakes) {
            bot.driver.threadReply(c.channel, OWNER, c.cardTs, "Churn: people leave quietly", c.cardTs + "-1", null);
            other.threadReply(c.channel, OWNER, c.cardTs, "skip", c.cardTs + "-2", null);
            bot.driver.threadReply(c.channel, OWNER, c.cardTs, "skip", c.cardTs + "-2", 1); // Slack's retry
            other.threadReply(c.channel, OWNER, c.cardTs, "skip", c.cardTs + "-3", null);
        }
        await().atMost(Conversation.PATIENCE)
                .until(() -> intakes.stream().allMatch(c -> c.thread().size() >= 4));
        bot.settle();

        for (Conversation c : intakes) {
            List<String> asked = c.thread().stream().map(SlackCall::questionKey).toList();
            assertThat(asked)
                    .as("one post per question, in order")
                    .doesNotHaveDuplicates()
                    .hasSize(4);
            var stored = bot.storedAnswers(projectId(c)).stream()
                    .collect(Collectors.toMap(
                            a -> a.questionKey(), a -> a.answer().getClass().getSimpleName()));
            assertThat(stored).containsEntry("problem", "Text").hasSize(3);
            assertThat(stored.values()).containsOnly("Text", "Skipped");
        }
        assertThat(bot.probes().inboxCount()).isEqualTo(4 + 4 * 3); // the retry was stored once
    }

    private java.util.UUID projectId(Conversation c) {
        return bot.projects().stream()
                .filter(p -> p.channelId().equals(c.channel))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
