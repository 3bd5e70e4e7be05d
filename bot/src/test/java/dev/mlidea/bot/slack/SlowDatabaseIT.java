package dev.mlidea.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mlidea.bot.testing.Conversation;
import dev.mlidea.bot.testing.RunningBot;
import java.time.Duration;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A database that hangs: Slack must hear a 5xx within its 3 seconds (it then sends the event again),
 * never a late ack; once the database is back, the resent event is handled once.
 */
class SlowDatabaseIT {
    private static final String OWNER = "U0OWNER01";
    private RunningBot bot;

    @BeforeEach
    void start() {
        bot = new RunningBot();
    }

    @AfterEach
    void stop() {
        bot.driver.giveUpAfter(null);
        bot.close();
    }

    @Test
    void a_request_the_database_cannot_store_in_time_gets_a_503_within_slacks_three_seconds() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Slow database");
        int before = c.thread().size();
        String liveTs = await().atMost(Conversation.PATIENCE)
                .until(c::liveTs, java.util.Optional::isPresent)
                .orElseThrow();
        int edits = bot.slack.updatesOf(liveTs).size();
        bot.driver.giveUpAfter(Duration.ofSeconds(3));

        int status;
        try (Handle blocker = bot.probes().jdbi().open()) {
            // Every enqueue waits on this lock, as it would on a database that stopped answering.
            blocker.begin();
            blocker.execute("LOCK TABLE inbox_heads IN ACCESS EXCLUSIVE MODE");
            status = bot.driver
                    .threadReply(channel, OWNER, c.cardTs, "Churn: people leave quietly", "Ev0SLOW", null)
                    .statusCode();
            blocker.rollback();
        }

        assertThat(status).isEqualTo(503);
        // Slack sends the event again; the database answers now.
        var retried = bot.driver.threadReply(channel, OWNER, c.cardTs, "Churn: people leave quietly", "Ev0SLOW", 1);
        assertThat(retried.statusCode()).isEqualTo(200);
        await().atMost(Conversation.PATIENCE)
                .until(() -> bot.slack.updatesOf(liveTs).size() > edits);
        bot.settle();
        // Answered once: the live message moved on by one question, and nothing else was said.
        assertThat(bot.slack.updatesOf(liveTs)).hasSize(edits + 1);
        assertThat(c.openQuestion()).isEqualTo("use.how");
        assertThat(c.thread()).hasSize(before);
        assertThat(c.ephemeralsTo(OWNER)).isEmpty();
        var project = bot.projects().stream()
                .filter(p -> p.channelId().equals(channel))
                .findFirst()
                .orElseThrow();
        assertThat(bot.storedAnswers(project.id())).hasSize(1);
        // Stored once: whether the first attempt's insert went through after the lock or not.
        long stored = bot.probes()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM inbox WHERE dedup_key = 'event:Ev0SLOW'")
                        .mapTo(Long.class)
                        .one());
        assertThat(stored).isEqualTo(1);
    }
}
