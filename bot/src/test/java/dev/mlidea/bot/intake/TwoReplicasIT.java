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

    @Test
    void a_whole_intake_alternating_replicas_completes_once_and_its_reminder_is_sent_once() {
        int[] ports = {bot.port(), other.port()};
        Conversation c = Conversation.start(bot, RunningBot.newChannel(false), OWNER, "Alternating idea");
        c.type("Invoices are matched by hand every morning");
        c.settle();
        int before = c.thread().size();

        // A day of silence; both replicas' housekeeping sweeps look at the same moment: one reminder.
        bot.clock.advance(java.time.Duration.ofHours(25));
        assertThat(bot.sweepDeadlinesOnEveryReplica()).isEqualTo(1);
        assertThat(bot.sweepDeadlinesOnEveryReplica()).isZero();
        c.settle();
        assertThat(c.thread()).hasSize(before + 1);
        assertThat(c.lastPost().blockIds()).containsExactly("reminder");

        // Every further input goes to the other replica than the one before.
        int turn = 0;
        int answered = 1;
        while (true) {
            String key = c.openQuestion();
            if (key == null) break;
            bot.driver.pointAt(ports[turn++ % 2]);
            SlackCall reply = c.type(Conversation.typicalAnswerFor(key));
            assertThat(reply.blockIds()).as("answer to " + key + " accepted").noneMatch(id -> id.startsWith("r."));
            answered++;
            if (reply.blockIds().contains("summary")) break;
            await().atMost(Conversation.PATIENCE).until(() -> !key.equals(c.openQuestion()));
        }
        bot.driver.pointAt(ports[0]);
        c.awaitAssessment(1);
        bot.settle();

        assertThat(bot.storedAnswers(projectId(c))).hasSize(answered);
        assertThat(c.thread().stream().filter(m -> m.blockIds().contains("assessment.1")))
                .as("one assessment")
                .hasSize(1);
        assertThat(c.thread().stream().filter(m -> m.blockIds().contains("reminder")))
                .as("still one reminder")
                .hasSize(1);
        assertThat(c.thread().stream().map(m -> m.param("text")).toList())
                .as("nothing posted twice")
                .doesNotHaveDuplicates();
        assertThat(c.ephemeralsTo(OWNER)).isEmpty();
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
