package dev.mlidea.bot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mlidea.bot.testing.Conversation;
import dev.mlidea.bot.testing.RunningBot;
import dev.mlidea.bot.testing.SlackCall;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** One intake the sweep cannot handle must not cost every other silent intake its reminder. */
class IntakeDeadlinesIsolationIT {
    private static final String OWNER = "U0OWNER0005";

    @AutoClose
    private static final RunningBot bot = new RunningBot();

    @Test
    void an_intake_that_fails_to_load_is_set_aside_and_the_others_are_still_reminded() {
        Conversation broken = Conversation.start(bot, RunningBot.newChannel(false), OWNER, "Broken idea");
        broken.type("Invoices are matched by hand");
        UUID brokenId = projectIn(broken);
        // The oldest silence is swept first: the broken intake comes before the others every sweep.
        bot.clock.advance(Duration.ofMinutes(5));
        Conversation first = Conversation.start(bot, RunningBot.newChannel(false), OWNER, "First idea");
        first.type("Demand forecasts are spreadsheets");
        Conversation second = Conversation.start(bot, RunningBot.newChannel(false), OWNER, "Second idea");
        second.type("Support tickets are routed by hand");
        bot.settle();

        // A rating that is not a number: loading this project now throws, every time.
        int damaged =
                bot.sql("UPDATE answers SET kind = 'scale', value = 'not a number' WHERE project_id = ?", brokenId);
        assertThat(damaged).isEqualTo(1);

        bot.clock.advance(Duration.ofHours(25));
        bot.sweepDeadlines();
        await().atMost(Conversation.PATIENCE).until(() -> isReminded(first) && isReminded(second));
        // (Read from Slack's side: the test's own look into the database would trip over the damaged row too.)
        assertThat(remindersIn(first).get(0).allText())
                .contains("<@" + OWNER + ">")
                .contains("questions left");
        assertThat(isReminded(broken)).isFalse();

        // Set aside, not given up: once the row is mended, a sweep after the retry delay reminds it too.
        bot.sql(
                "UPDATE answers SET kind = 'text', value = 'Invoices are matched by hand' WHERE project_id = ?",
                brokenId);
        assertThat(bot.sweepDeadlines())
                .as("left out until the retry delay has passed")
                .isZero();
        bot.clock.advance(IntakeDeadlines.RETRY_A_FAILED_INTAKE_AFTER);
        await().atMost(Conversation.PATIENCE).until(() -> isReminded(broken));
        bot.settle();
        assertThat(remindersIn(first)).hasSize(1);
        assertThat(remindersIn(second)).hasSize(1);
    }

    private static boolean isReminded(Conversation c) {
        return !remindersIn(c).isEmpty();
    }

    private static List<SlackCall> remindersIn(Conversation c) {
        return c.thread().stream()
                .filter(m -> m.blockIds().contains("reminder"))
                .toList();
    }

    private static UUID projectIn(Conversation c) {
        return bot.projects().stream()
                .filter(p -> p.channelId().equals(c.channel))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
