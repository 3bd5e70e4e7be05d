package dev.mlidea.bot.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mlidea.bot.testing.Conversation;
import dev.mlidea.bot.testing.RunningBot;
import dev.mlidea.bot.testing.SlackCall;
import dev.mlidea.bot.testing.SlackDriver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Slack on a bad day: a post that landed but answered 500, one that was lost, a 429 with work owed. */
class OutboxFaultsIT {
    private static final String OWNER = "U0OWNER01";

    @AutoClose
    private final RunningBot bot = new RunningBot();

    @Test
    void a_post_that_slack_took_but_answered_with_a_500_is_not_posted_again() {
        assertThat(postsOfTheNextQuestionAfter(cardTs -> bot.slack.failNextPostInThread(cardTs, true)))
                .isEqualTo(1);
    }

    @Test
    void a_post_whose_answer_was_lost_on_the_way_back_is_not_posted_again() {
        assertThat(postsOfTheNextQuestionAfter(bot.slack::dropAnswerToNextPostInThread))
                .isEqualTo(1);
    }

    @Test
    void a_post_lost_before_it_reached_slack_is_posted_again_once() {
        // The lost one, then the one Slack shows.
        assertThat(postsOfTheNextQuestionAfter(cardTs -> bot.slack.failNextPostInThread(cardTs, false)))
                .isEqualTo(2);
    }

    /**
     * Starts an intake, lets {@code fault} spoil the post of the next question, answers, waits until
     * the dispatcher has looked for the post in Slack and settled, and counts the posts of that question.
     */
    private int postsOfTheNextQuestionAfter(java.util.function.Consumer<String> fault) {
        Conversation c = Conversation.start(bot, RunningBot.newChannel(false), OWNER, "Churn, once");
        fault.accept(c.cardTs);
        int before = c.thread().size();

        c.type("Churn: customers leave without warning");
        await().atMost(Conversation.PATIENCE).until(() -> c.thread().size() > before);
        String question = c.last().param("text");
        retryUntil(() -> !bot.slack.calls("conversations.replies").isEmpty());
        bot.settle();
        return postsWithText(c, question).size();
    }

    @Test
    void a_429_holds_every_post_of_the_workspace_until_retry_after() {
        bot.slack.rateLimitPosts(30);
        List<String> channels = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String channel = RunningBot.newChannel(false);
            channels.add(channel);
            bot.driver.slashCommand(channel, OWNER, "Project " + i, bot.slack.responseUrl(SlackDriver.nextId("r")));
        }
        await().atMost(Conversation.PATIENCE)
                .until(() -> !bot.slack.calls("chat.postMessage").isEmpty()
                        && bot.probes().pendingInboxCount() == 0);

        // Only the posts already in flight when the first 429 came back were tried (four dispatchers);
        // the rest of the eight cards wait for the workspace's limit instead of each hitting it.
        int tried = bot.slack.calls("chat.postMessage").size();
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> bot.slack.calls("chat.postMessage").size() == tried);
        assertThat(tried).isLessThan(8);

        bot.slack.heal();
        bot.clock.advance(Duration.ofSeconds(31));
        bot.settle();
        for (String channel : channels)
            assertThat(bot.slack.cardPostsIn(channel)).isNotEmpty();
        assertThat(bot.projects()).allSatisfy(p -> assertThat(p.cardTs()).isPresent());
    }

    @Test
    void an_internal_error_from_slack_is_retried_and_not_reported_as_a_failed_card() {
        String channel = RunningBot.newChannel(false);
        bot.slack.failPostsIn(channel, "internal_error");
        String responses = SlackDriver.nextId("r");
        bot.driver.slashCommand(channel, OWNER, "Flaky Slack", bot.slack.responseUrl(responses));
        await().atMost(Conversation.PATIENCE)
                .until(() -> !bot.slack.cardPostsIn(channel).isEmpty());

        bot.slack.heal();
        retryUntil(() -> bot.projects().stream()
                .anyMatch(p -> p.channelId().equals(channel) && p.cardTs().isPresent()));
        bot.settle();

        assertThat(bot.slack.responses(responses))
                .as("no 'could not post' notice")
                .isEmpty();
        assertThat(bot.slack.calls("conversations.history"))
                .as("looked for before posting again")
                .isNotEmpty();
    }

    @Test
    void a_429_on_a_response_url_holds_the_workspaces_responses_until_retry_after() {
        // Six private channels the bot is not in: each proposer is owed an explanation via response_url.
        bot.slack.rateLimitResponses(20);
        var responseIds = new ArrayList<String>();
        for (int i = 0; i < 6; i++) {
            String channel = RunningBot.newChannel(true);
            bot.slack.failPostsIn(channel, "channel_not_found");
            bot.slack.failJoin(channel, "method_not_supported_for_channel_type");
            responseIds.add(SlackDriver.nextId("r"));
            bot.driver.slashCommand(channel, OWNER, "Secret " + i, bot.slack.responseUrl(responseIds.get(i)));
        }
        await().atMost(Conversation.PATIENCE)
                .until(() -> responseIds.stream()
                        .anyMatch(id -> !bot.slack.responses(id).isEmpty()));

        int tried = responseIds.stream()
                .mapToInt(id -> bot.slack.responses(id).size())
                .sum();
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> responseIds.stream()
                                .mapToInt(id -> bot.slack.responses(id).size())
                                .sum()
                        == tried);
        // Only the ones already in flight when the first 429 came back were tried; the rest waited.
        assertThat(tried).isLessThan(6);

        bot.slack.heal();
        bot.clock.advance(Duration.ofSeconds(21));
        await().atMost(Conversation.PATIENCE)
                .until(() -> responseIds.stream()
                        .allMatch(id -> bot.slack.responses(id).stream()
                                .anyMatch(r -> r.toString().contains("/invite @mlidea"))));
    }

    /** Moves the bot's clock past each retry's backoff until {@code done}. */
    private void retryUntil(java.util.concurrent.Callable<Boolean> done) {
        await().atMost(Conversation.PATIENCE).until(() -> {
            bot.clock.advance(Duration.ofSeconds(5));
            return done.call();
        });
    }

    private List<SlackCall> postsWithText(Conversation c, String text) {
        return bot.slack.postsInThread(c.cardTs).stream()
                .filter(p -> text.equals(p.param("text")))
                .toList();
    }
}
