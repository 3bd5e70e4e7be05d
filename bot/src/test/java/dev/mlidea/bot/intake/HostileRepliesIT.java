package dev.mlidea.bot.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.bot.testing.Conversation;
import dev.mlidea.bot.testing.RunningBot;
import dev.mlidea.bot.testing.SlackCall;
import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.storage.ProjectRecord;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Replies as long and as odd as Slack lets through, sent into the real app: each gets an answer (a
 * refusal only the one who typed sees, or the next question), and the bot goes on answering everyone
 * afterwards. A 12,000-character "1 2 2 2 …" once overflowed the parser's stack, and a NUL once made an
 * answer impossible to store.
 */
class HostileRepliesIT {
    private static final String OWNER = "U0OWNER0002";
    private static final String LIMIT = "Answers are limited to 3,000 characters";

    @AutoClose
    private static final RunningBot bot = new RunningBot();

    @Test
    void long_and_hostile_replies_get_an_answer_and_the_bot_keeps_working() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Hostile replies");

        // A text question: 40,000 characters are refused, the question stays open.
        SlackCall q = c.type("Tickets pile up. ".repeat(2353).substring(0, 40_000));
        assertRefusedAsTooLong(c, q, "problem");

        // NUL and other control characters are dropped before the answer is stored.
        q = c.type("Tickets\u0000 are triaged\u0007 by hand\r\nall day\u001B");
        assertThat(q.questionKey()).isEqualTo("use.how");
        ProjectRecord project = onlyProjectIn(channel);
        assertThat(project.intake().answers().text("problem")).contains("Tickets are triaged by hand\nall day");
        assertThat(bot.storedAnswers(project.id()))
                .singleElement()
                .satisfies(
                        a -> assertThat(a.answer()).isEqualTo(new Answer.Text("Tickets are triaged by hand\nall day")));

        c.click("person_decides");
        q = c.click("fell_short");
        assertThat(q.questionKey()).isEqualTo("impact.signals");

        // (a) the reply that overflowed the stack, (c) 40,000 characters of a list, (b) NUL and controls.
        assertRefusedAsTooLong(c, c.type("1" + " 2".repeat(6000)), "impact.signals");
        assertRefusedAsTooLong(c, c.type("1,".repeat(20_000)), "impact.signals");
        assertRefusedAsTooLong(c, c.type("and ".repeat(10_000)), "impact.signals");
        q = c.type("friction\u0000,\u0001 industry\u0008");
        assertThat(q.questionKey()).isEqualTo("data.state");
        assertThat(onlyProjectIn(channel).intake().answers().get("impact.signals"))
                .contains(new Answer.Picks(Set.of("friction", "industry")));

        // The bot keeps working: the next answer here, and a new idea in another channel (NUL dropped from its title).
        q = c.type("labeled");
        assertThat(q.questionKey()).isEqualTo("cost.wrong_answer");
        String elsewhere = RunningBot.newChannel(false);
        Conversation other = Conversation.start(bot, elsewhere, "U0OTHER0002", "Still\u0000 listening");
        assertThat(other.openQuestion()).isEqualTo("problem");
        assertThat(onlyProjectIn(elsewhere).title()).isEqualTo("Still listening");
        assertThat(other.type("Forecasts are made by hand").questionKey()).isEqualTo("use.how");
        c.settle();
        // Every refusal was a note to the one who typed: the thread holds only the live message.
        assertThat(c.thread()).hasSize(1);
        assertThat(c.ephemeralsTo(OWNER)).hasSize(4);
    }

    /** Refused with the limit, privately, and the same question is still open in the live message. */
    private static void assertRefusedAsTooLong(Conversation c, SlackCall reply, String key) {
        assertThat(reply.method()).isEqualTo("chat.postEphemeral");
        assertThat(reply.param("user")).isEqualTo(OWNER);
        assertThat(reply.blockIds()).contains("r." + key);
        assertThat(reply.allText()).contains(LIMIT);
        assertThat(c.openQuestion()).isEqualTo(key);
    }

    private static ProjectRecord onlyProjectIn(String channel) {
        List<ProjectRecord> projects = bot.projects().stream()
                .filter(p -> p.channelId().equals(channel))
                .toList();
        assertThat(projects).hasSize(1);
        return projects.get(0);
    }
}
