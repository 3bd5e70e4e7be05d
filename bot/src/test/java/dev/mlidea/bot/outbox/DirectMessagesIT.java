package dev.mlidea.bot.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import dev.mlidea.bot.testing.Conversation;
import dev.mlidea.bot.testing.FakeSlack;
import dev.mlidea.bot.testing.RunningBot;
import dev.mlidea.bot.testing.SlackCall;
import dev.mlidea.bot.testing.SlackDriver;
import dev.mlidea.storage.Delivery;
import dev.mlidea.storage.OutboxKind;
import dev.mlidea.storage.OutboxMessage;
import dev.mlidea.storage.ProjectRecord;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Direct messages about a project (conversations.open, then a post in that DM) and replacing the
 * message a button was clicked on (its response_url), through the real bot and a fake Slack.
 */
class DirectMessagesIT {
    private static final String OWNER = "U0OWNER01";
    private static final String STAKEHOLDER = "U0STAKE01";
    private static final String OTHER_STAKEHOLDER = "U0STAKE02";

    @AutoClose
    private final RunningBot bot = new RunningBot();

    @Test
    void a_direct_message_is_opened_and_posted_once_in_the_dm_with_its_blocks() {
        ProjectRecord project = projectWithCard("Churn, signed off");

        send(OutboxMessage.direct(project, STAKEHOLDER, "Please sign off", blocks("signoff")));
        await().atMost(Conversation.PATIENCE)
                .until(() -> !bot.slack.dmsTo(STAKEHOLDER).isEmpty());
        bot.settle();

        assertThat(bot.slack.calls("conversations.open"))
                .extracting(call -> call.param("users"))
                .containsExactly(STAKEHOLDER);
        List<SlackCall> dms = bot.slack.dmsTo(STAKEHOLDER);
        assertThat(dms).hasSize(1);
        assertThat(dms.get(0).param("channel")).isEqualTo(FakeSlack.dmChannel(STAKEHOLDER));
        assertThat(dms.get(0).param("thread_ts")).isNull();
        assertThat(dms.get(0).blockIds()).containsExactly("signoff");
        assertThat(dms.get(0).param("metadata"))
                .as("carries its outbox id, so an uncertain post can be looked for")
                .contains("outbox_id");
        assertThat(outboxOf(project)).contains(new SentKind(OutboxKind.DIRECT_MESSAGE, "sent"));
    }

    @Test
    void a_429_on_conversations_open_holds_every_direct_message_until_retry_after_then_each_goes_once() {
        ProjectRecord project = projectWithCard("Churn, rate limited");
        bot.slack.rateLimitNextDmOpen(30);

        send(OutboxMessage.direct(project, STAKEHOLDER, "Please sign off", blocks("signoff")));
        await().atMost(Conversation.PATIENCE)
                .until(() -> !bot.slack.calls("conversations.open").isEmpty());
        // Only the first open was refused: a DM tried again before Retry-After would go through at once.
        send(OutboxMessage.direct(project, OTHER_STAKEHOLDER, "Please sign off too", blocks("signoff")));
        assertThat(steadyCount(() -> bot.slack.calls("conversations.open").size()))
                .as("conversations.open is held for the workspace")
                .isEqualTo(1);
        assertThat(bot.slack.dmsTo(STAKEHOLDER)).isEmpty();
        assertThat(bot.slack.dmsTo(OTHER_STAKEHOLDER)).isEmpty();

        bot.clock.advance(Duration.ofSeconds(31));
        bot.settle();

        assertThat(bot.slack.dmsTo(STAKEHOLDER)).hasSize(1);
        assertThat(bot.slack.dmsTo(OTHER_STAKEHOLDER)).hasSize(1);
        assertThat(bot.slack.calls("conversations.open")).hasSize(3);
    }

    @Test
    void a_direct_message_whose_answer_was_lost_is_found_in_the_dm_and_not_posted_again() {
        ProjectRecord project = projectWithCard("Churn, lost answer");
        bot.slack.dropAnswerToNextDmTo(STAKEHOLDER);

        send(OutboxMessage.direct(project, STAKEHOLDER, "Please sign off", blocks("signoff")));
        retryUntil(() -> bot.slack.calls("conversations.history").stream()
                .anyMatch(c -> FakeSlack.dmChannel(STAKEHOLDER).equals(c.param("channel"))));
        bot.settle();

        assertThat(bot.slack.dmsTo(STAKEHOLDER))
                .as("the post that landed, and no other")
                .hasSize(1);
        assertThat(outboxOf(project)).contains(new SentKind(OutboxKind.DIRECT_MESSAGE, "sent"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cannot_dm_bot", "account_inactive", "channel_not_found"})
    void a_direct_message_slack_refuses_is_given_up_and_the_first_owner_is_told_privately(String error) {
        ProjectRecord project = projectWithCard("Churn, refused");
        bot.slack.failDmTo(STAKEHOLDER, error);

        send(OutboxMessage.direct(project, STAKEHOLDER, "Please sign off", blocks("signoff")));
        SlackCall notice = await().atMost(Conversation.PATIENCE)
                .until(
                        () -> bot.slack.ephemeralsTo(OWNER).stream()
                                .filter(c -> c.blockIds().contains("dm_failed"))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        bot.settle();

        assertThat(notice.param("channel")).isEqualTo(project.channelId());
        assertThat(notice.param("thread_ts")).isEqualTo(project.cardTs().orElseThrow());
        assertThat(notice.allText())
                .contains("I couldn't send <@" + STAKEHOLDER + "> a direct message")
                .contains(error);
        assertThat(bot.slack.dmsTo(STAKEHOLDER)).isEmpty();
        assertThat(bot.slack.postsInThread(project.cardTs().orElseThrow()))
                .as("the stakeholder is never pinged by a post")
                .noneMatch(p -> p.allText().contains(STAKEHOLDER));
        assertThat(outboxOf(project)).contains(new SentKind(OutboxKind.DIRECT_MESSAGE, "failed"));
        assertThat(project(project).delivery())
                .as("a DM never waits for an invite")
                .isEqualTo(Delivery.POSTED);
    }

    @Test
    void a_direct_message_held_by_a_rate_limit_does_not_hold_the_projects_thread() {
        ProjectRecord project = projectWithCard("Churn, thread goes on");
        bot.slack.rateLimitNextDmOpen(60);

        send(OutboxMessage.direct(project, STAKEHOLDER, "Please sign off", blocks("signoff")));
        await().atMost(Conversation.PATIENCE)
                .until(() -> !bot.slack.calls("conversations.open").isEmpty());
        send(OutboxMessage.forProject(project, OutboxKind.POST_IN_THREAD, "A note", blocks("note")));

        await().atMost(Conversation.PATIENCE)
                .until(() -> bot.slack.postsInThread(project.cardTs().orElseThrow()).stream()
                        .anyMatch(p -> p.blockIds().contains("note")));
        assertThat(bot.slack.dmsTo(STAKEHOLDER)).isEmpty();

        bot.clock.advance(Duration.ofSeconds(61));
        await().atMost(Conversation.PATIENCE)
                .until(() -> !bot.slack.dmsTo(STAKEHOLDER).isEmpty());
        bot.settle();
        assertThat(bot.slack.dmsTo(STAKEHOLDER)).hasSize(1);
    }

    @Test
    void replace_original_replaces_the_clicked_message_through_its_response_url() {
        String responses = SlackDriver.nextId("r");

        bot.db(uow -> {
            uow.outbox()
                    .send(OutboxMessage.replaceOriginal(
                            FakeSlack.TEAM,
                            FakeSlack.dmChannel(STAKEHOLDER),
                            bot.slack.responseUrl(responses),
                            "You agreed on the success criteria",
                            blocks("agreed")));
            return null;
        });
        await().atMost(Conversation.PATIENCE)
                .until(() -> !bot.slack.responses(responses).isEmpty());
        bot.settle();

        List<JsonObject> posted = bot.slack.responses(responses);
        assertThat(posted).hasSize(1);
        JsonObject body = posted.get(0);
        assertThat(body.get("replace_original").getAsBoolean()).isTrue();
        assertThat(body.has("response_type")).as("not ephemeral").isFalse();
        assertThat(body.get("text").getAsString()).isEqualTo("You agreed on the success criteria");
        assertThat(body.getAsJsonArray("blocks")
                        .get(0)
                        .getAsJsonObject()
                        .get("block_id")
                        .getAsString())
                .isEqualTo("agreed");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private record SentKind(OutboxKind kind, String status) {}

    /** A project whose card is posted (its quick intake has begun in the thread). */
    private ProjectRecord projectWithCard(String title) {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, title);
        bot.settle();
        return bot.projects().stream()
                .filter(p -> p.cardTs().equals(Optional.of(c.cardTs)))
                .findFirst()
                .orElseThrow();
    }

    private ProjectRecord project(ProjectRecord before) {
        return bot.db(uow -> uow.projects().find(before.teamId(), before.id())).orElseThrow();
    }

    private void send(OutboxMessage message) {
        bot.db(uow -> {
            uow.outbox().send(message);
            return null;
        });
    }

    private List<SentKind> outboxOf(ProjectRecord project) {
        return bot.probes().outboxOf(project.teamId(), project.id()).stream()
                .map(m -> new SentKind(m.kind(), m.status()))
                .toList();
    }

    private static String blocks(String blockId) {
        return "[{\"type\":\"section\",\"block_id\":\"" + blockId
                + "\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"About the project\"}}]";
    }

    /** Moves the bot's clock past each retry's backoff until {@code done}. */
    private void retryUntil(Callable<Boolean> done) {
        await().atMost(Conversation.PATIENCE).until(() -> {
            bot.clock.advance(Duration.ofSeconds(5));
            return done.call();
        });
    }

    /** Waits until {@code count} stays the same for two seconds and returns it. */
    private static int steadyCount(Callable<Integer> count) {
        var seen = new AtomicInteger(-1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> {
            int now = count.call();
            return seen.getAndSet(now) == now;
        });
        return seen.get();
    }
}
