package dev.mlidea.bot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mlidea.bot.testing.Conversation;
import dev.mlidea.bot.testing.RunningBot;
import dev.mlidea.bot.testing.SlackCall;
import dev.mlidea.conversations.intake.IntakeStatus;
import dev.mlidea.storage.ProjectRecord;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** A silent intake gets one reminder after a day and is marked abandoned after a week; resume continues it. */
class IntakeDeadlinesIT {
    private static final String OWNER = "U0OWNER0004";

    @AutoClose
    private static final RunningBot bot = new RunningBot();

    @Test
    void a_silent_intake_is_reminded_once_then_abandoned_and_a_late_answer_picks_it_up() {
        Conversation c = Conversation.start(bot, RunningBot.newChannel(false), OWNER, "Quiet idea");
        c.type("Invoices are matched by hand");
        c.settle();
        int before = c.thread().size();

        bot.clock.advance(Duration.ofHours(23));
        bot.sweepDeadlines();
        c.settle();
        assertThat(c.thread()).hasSize(before);

        bot.clock.advance(Duration.ofHours(2));
        bot.sweepDeadlines();
        await().atMost(Conversation.PATIENCE).until(() -> c.thread().size() > before);
        SlackCall reminder = c.last();
        assertThat(reminder.blockIds()).contains("reminder", "q.ready.product", "a.ready.product");
        assertThat(reminder.allText()).contains("<@" + OWNER + ">").contains("questions left");

        // one reminder per silence, however long it lasts.
        bot.clock.advance(Duration.ofHours(30));
        assertThat(bot.sweepDeadlines()).isZero();
        c.settle();
        assertThat(c.thread()).hasSize(before + 1);

        bot.clock.advance(Duration.ofDays(6));
        await().atMost(Conversation.PATIENCE).until(() -> c.last().blockIds().contains("abandoned"));
        c.settle();
        assertThat(c.last().allText()).contains("resume").contains("1 answers so far are kept");
        assertThat(project(c).intake().status()).isEqualTo(IntakeStatus.ABANDONED);
        List<SlackCall> updates = bot.slack.cardUpdates(c.cardTs);
        assertThat(updates.get(updates.size() - 1).allText()).contains("intake abandoned at 1/24");

        // the owner comes back and answers the question that was open: nothing they type is lost.
        SlackCall resumed = c.type("yes");
        assertThat(resumed.questionKey()).isEqualTo("ready.data");
        assertThat(project(c).intake().status()).isEqualTo(IntakeStatus.IN_PROGRESS);
        assertThat(project(c).intake().answers().picked("ready.product")).contains("yes");
    }

    @Test
    void progress_starts_a_new_silence_with_its_own_reminder() {
        Conversation c = Conversation.start(bot, RunningBot.newChannel(false), OWNER, "Busy idea");
        bot.clock.advance(Duration.ofHours(25));
        await().atMost(Conversation.PATIENCE).until(() -> c.last().blockIds().contains("reminder"));
        c.type("Demand forecasts are spreadsheets");
        c.settle();
        int before = c.thread().size();

        bot.clock.advance(Duration.ofHours(25));
        await().atMost(Conversation.PATIENCE).until(() -> c.thread().size() > before);
        assertThat(c.last().blockIds()).contains("reminder", "q.ready.product");
    }

    private static ProjectRecord project(Conversation c) {
        return bot.projects().stream()
                .filter(p -> p.channelId().equals(c.channel))
                .findFirst()
                .orElseThrow();
    }
}
