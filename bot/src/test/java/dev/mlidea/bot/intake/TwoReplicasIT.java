package dev.mlidea.bot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mlidea.bot.testing.Conversation;
import dev.mlidea.bot.testing.RunningBot;
import dev.mlidea.bot.testing.SlackCall;
import dev.mlidea.bot.testing.SlackDriver;
import dev.mlidea.conversations.intake.IntakeForm;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas on one database, Slack's requests spread over both as a load balancer would: every
 * reply is handled once and in order, the live question message is posted once and moves on by edits
 * in order, whoever stored or sent it.
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
        List<String> next = IntakeForm.quickQuestions().subList(1, 4).stream()
                .map(q -> q.key())
                .toList();
        String fourth = next.get(2);
        await().atMost(Conversation.PATIENCE)
                .until(() -> intakes.stream()
                        .allMatch(c -> !editsOfLive(c).isEmpty()
                                && fourth.equals(editsOfLive(c)
                                        .get(editsOfLive(c).size() - 1)
                                        .questionKey())));
        bot.settle();

        for (Conversation c : intakes) {
            assertThat(c.thread())
                    .as("the live question message is posted once, whichever replica sent it")
                    .hasSize(1);
            // An edit that a newer pending one of the same message replaces may be left out; none is sent
            // twice, and they never go back.
            List<String> shown =
                    editsOfLive(c).stream().map(SlackCall::questionKey).toList();
            assertThat(shown)
                    .as("the live message moves on in order, once per question at most")
                    .doesNotHaveDuplicates()
                    .endsWith(fourth);
            assertThat(next).containsSubsequence(shown);
            assertThat(c.openQuestion()).isEqualTo(fourth);
            assertThat(c.ephemeralsTo(OWNER)).isEmpty();
            var stored = bot.storedAnswers(projectId(c)).stream()
                    .collect(Collectors.toMap(
                            a -> a.questionKey(), a -> a.answer().getClass().getSimpleName()));
            assertThat(stored).containsEntry("problem", "Text").hasSize(3);
            assertThat(stored.values()).containsOnly("Text", "Skipped");
        }
        assertThat(bot.probes().inboxCount()).isEqualTo(4 + 4 * 3); // the retry was stored once
    }

    private List<SlackCall> editsOfLive(Conversation c) {
        return c.liveTs().map(ts -> bot.slack.updatesOf(ts)).orElse(List.of());
    }

    private java.util.UUID projectId(Conversation c) {
        return bot.projects().stream()
                .filter(p -> p.channelId().equals(c.channel))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
