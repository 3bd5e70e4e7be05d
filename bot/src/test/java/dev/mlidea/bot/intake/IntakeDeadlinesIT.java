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
        String liveTs = c.liveTs().orElseThrow();
        int edits = bot.slack.updatesOf(liveTs).size();

        bot.clock.advance(Duration.ofHours(23));
        bot.sweepDeadlines();
        c.settle();
        assertThat(c.thread()).hasSize(before);

        bot.clock.advance(Duration.ofHours(2));
        bot.sweepDeadlines();
        await().atMost(Conversation.PATIENCE).until(() -> c.thread().size() > before);
        // The reminder is a post (a mention in an edit would notify nobody) that names the open question
        // without repeating it: it is answered in the live message above, which stays as it was.
        SlackCall reminder = c.lastPost();
        assertThat(reminder.blockIds()).containsExactly("reminder");
        assertThat(reminder.actionIds()).isEmpty();
        assertThat(reminder.allText())
                .contains("<@" + OWNER + ">")
                .contains("7 questions left")
                .contains("How would it be used?")
                .contains("question message above");
        assertThat(c.openQuestion()).isEqualTo("use.how");
        assertThat(bot.slack.updatesOf(liveTs)).hasSize(edits);

        // one reminder per silence, however long it lasts.
        bot.clock.advance(Duration.ofHours(30));
        assertThat(bot.sweepDeadlines()).isZero();
        c.settle();
        assertThat(c.thread()).hasSize(before + 1);

        // abandoned: the live message says so in place; the thread gets no new post.
        bot.clock.advance(Duration.ofDays(6));
        await().atMost(Conversation.PATIENCE).until(() -> c.live().blockIds().contains("live.stopped"));
        c.settle();
        assertThat(c.live().param("ts")).isEqualTo(liveTs);
        assertThat(c.live().questionKey()).isNull();
        assertThat(c.live().allText()).contains("abandoned").contains("resume").contains("1 answers so far are kept");
        assertThat(c.thread()).hasSize(before + 1);
        assertThat(project(c).intake().status()).isEqualTo(IntakeStatus.ABANDONED);
        List<SlackCall> updates = bot.slack.cardUpdates(c.cardTs);
        assertThat(updates.get(updates.size() - 1).allText()).contains("intake abandoned at 1/8");

        // the owner comes back and answers the question that was open: nothing they type is lost, and
        // the intake goes on in a new live message (the old one now says it stopped).
        SlackCall resumed = c.type("a person decides");
        assertThat(resumed.method()).isEqualTo("chat.postMessage");
        assertThat(resumed.questionKey()).isEqualTo("need.ml");
        assertThat(c.thread()).hasSize(before + 2);
        await().atMost(Conversation.PATIENCE).until(() -> !c.liveTs().equals(java.util.Optional.of(liveTs)));
        assertThat(c.openQuestion()).isEqualTo("need.ml");
        assertThat(project(c).intake().status()).isEqualTo(IntakeStatus.IN_PROGRESS);
        assertThat(project(c).intake().answers().picked("use.how")).contains("person_decides");
    }

    @Test
    void progress_starts_a_new_silence_with_its_own_reminder() {
        Conversation c = Conversation.start(bot, RunningBot.newChannel(false), OWNER, "Busy idea");
        bot.clock.advance(Duration.ofHours(25));
        await().atMost(Conversation.PATIENCE)
                .until(() -> c.lastPost().blockIds().contains("reminder"));
        assertThat(c.lastPost().allText()).contains("What problem would ML solve");
        c.type("Demand forecasts are spreadsheets");
        c.settle();
        int before = c.thread().size();

        bot.clock.advance(Duration.ofHours(25));
        await().atMost(Conversation.PATIENCE).until(() -> c.thread().size() > before);
        assertThat(c.lastPost().blockIds()).containsExactly("reminder");
        assertThat(c.lastPost().allText()).contains("How would it be used?").contains("7 questions left");
        assertThat(c.openQuestion()).isEqualTo("use.how");
    }

    private static ProjectRecord project(Conversation c) {
        return bot.projects().stream()
                .filter(p -> p.channelId().equals(c.channel))
                .findFirst()
                .orElseThrow();
    }
}
