package dev.mlidea.bot.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mlidea.bot.testing.Conversation;
import dev.mlidea.bot.testing.RunningBot;
import dev.mlidea.bot.testing.SlackCall;
import dev.mlidea.bot.testing.SlackDriver;
import dev.mlidea.storage.ProjectRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Slack on a bad day: a post that landed but answered 500, one that was lost, a 429 with work owed,
 * an edit of the live question message refused.
 */
class OutboxFaultsIT {
    private static final String OWNER = "U0OWNER01";

    @AutoClose
    private final RunningBot bot = new RunningBot();

    @Test
    void a_post_that_slack_took_but_answered_with_a_500_is_not_posted_again() {
        assertThat(postsOfTheLiveMessageAndTheAssessmentAfter(
                        channel -> bot.slack.failNextThreadPostIn(channel, true),
                        cardTs -> bot.slack.failNextPostInThread(cardTs, true)))
                .containsExactly(1, 1);
    }

    @Test
    void a_post_whose_answer_was_lost_on_the_way_back_is_not_posted_again() {
        assertThat(postsOfTheLiveMessageAndTheAssessmentAfter(
                        bot.slack::dropAnswerToNextThreadPostIn, bot.slack::dropAnswerToNextPostInThread))
                .containsExactly(1, 1);
    }

    @Test
    void a_post_lost_before_it_reached_slack_is_posted_again_once() {
        // Each time: the lost one, then the one Slack shows.
        assertThat(postsOfTheLiveMessageAndTheAssessmentAfter(
                        channel -> bot.slack.failNextThreadPostIn(channel, false),
                        cardTs -> bot.slack.failNextPostInThread(cardTs, false)))
                .containsExactly(2, 2);
    }

    /**
     * The two posts a quick intake makes in its thread, each spoiled once: {@code liveFault} spoils the
     * post of the live question message (armed on the channel, before the card's ts is known), {@code
     * assessmentFault} the post of the assessment. After each, waits until the dispatcher has looked
     * for the post in Slack and settled, and checks that nothing was lost: the intake goes on by editing
     * the message Slack shows. Returns how many times each was posted (failed attempts included).
     */
    private List<Integer> postsOfTheLiveMessageAndTheAssessmentAfter(
            Consumer<String> liveFault, Consumer<String> assessmentFault) {
        String channel = RunningBot.newChannel(false);
        liveFault.accept(channel);
        Conversation c = Conversation.start(bot, channel, OWNER, "Churn, once");
        retryUntil(() -> c.liveTs().isPresent());
        bot.settle();
        assertThat(bot.slack.calls("conversations.replies"))
                .as("looked for the live message before posting it again")
                .isNotEmpty();
        int livePosts = postsWith(c, "live.progress");

        assessmentFault.accept(c.cardTs);
        int lookups = bot.slack.calls("conversations.replies").size();
        // Every answer edits the live message Slack shows (the one found, or the one posted again).
        c.completeQuick();
        retryUntil(() -> bot.slack.calls("conversations.replies").size() > lookups);
        bot.settle();
        assertThat(c.live().blockIds())
                .as("the live message became the summary")
                .contains("summary");
        assertThat(bot.slack.updatesOf(c.liveTs().orElseThrow())).hasSize(8);
        assertThat(bot.storedAnswers(project(c).id())).hasSize(8);
        return List.of(livePosts, postsWith(c, "assessment.1"));
    }

    @Test
    void an_edit_of_the_live_message_answered_with_a_500_is_retried_and_a_newer_edit_supersedes_it() {
        editOfTheLiveMessageRefusedOnce(500);
    }

    @Test
    void an_edit_of_the_live_message_answered_with_a_429_waits_and_a_newer_edit_supersedes_it() {
        editOfTheLiveMessageRefusedOnce(429);
    }

    /**
     * The edit that asks the second question is refused once; the owner answers it anyway (they read the
     * question on the card's progress, or a colleague told them). The lane waits; when it goes on, the
     * refused edit is not sent again: the newer one shows both answers and the third question.
     */
    private void editOfTheLiveMessageRefusedOnce(int status) {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Churn, edited");
        String liveTs = await().atMost(Conversation.PATIENCE)
                .until(c::liveTs, java.util.Optional::isPresent)
                .orElseThrow();
        bot.slack.failNextUpdateOf(liveTs, status, 2);

        bot.driver.threadReply(channel, OWNER, c.cardTs, "Churn: customers leave without warning");
        await().atMost(Conversation.PATIENCE)
                .until(() -> !bot.slack.updatesOf(liveTs).isEmpty());
        assertThat(bot.slack.updatesOf(liveTs).get(0).questionKey()).isEqualTo("use.how");
        bot.driver.threadReply(channel, OWNER, c.cardTs, "person decides");
        await().atMost(Conversation.PATIENCE)
                .until(() -> bot.probes().pendingInboxCount() == 0
                        && bot.storedAnswers(project(c).id()).size() == 2);

        retryUntil(() -> "need.ml".equals(c.openQuestion()));
        bot.settle();
        List<SlackCall> edits = bot.slack.updatesOf(liveTs);
        // The refused edit, then the newer one: the older question is never shown after the newer.
        assertThat(edits).extracting(SlackCall::questionKey).containsExactly("use.how", "need.ml");
        assertThat(edits.get(1).allText())
                .contains("Churn: customers leave without warning")
                .contains("A person decides");
        assertThat(c.thread()).hasSize(1);

        // Nothing was lost: the intake goes on in the same message.
        SlackCall next = c.type("fell short");
        assertThat(next.method()).isEqualTo("chat.update");
        assertThat(next.param("ts")).isEqualTo(liveTs);
        assertThat(next.questionKey()).isEqualTo("impact.signals");
        assertThat(bot.storedAnswers(project(c).id())).hasSize(3);
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
        int tried = steadyCount(() -> bot.slack.calls("chat.postMessage").size());
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

        int tried = steadyCount(() -> responseIds.stream()
                .mapToInt(id -> bot.slack.responses(id).size())
                .sum());
        // Only the ones already in flight when the first 429 came back were tried; the rest waited.
        assertThat(tried).isLessThan(6);

        bot.slack.heal();
        bot.clock.advance(Duration.ofSeconds(21));
        await().atMost(Conversation.PATIENCE)
                .until(() -> responseIds.stream()
                        .allMatch(id -> bot.slack.responses(id).stream()
                                .anyMatch(r -> r.toString().contains("/invite @mlidea"))));
    }

    /**
     * Waits until {@code count} stays the same for two seconds and returns it: the calls in flight when
     * the first 429 came back may still land just after it, and must not be mistaken for new tries.
     */
    private static int steadyCount(java.util.concurrent.Callable<Integer> count) {
        var seen = new java.util.concurrent.atomic.AtomicInteger(-1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> {
            int now = count.call();
            return seen.getAndSet(now) == now;
        });
        return seen.get();
    }

    /** Moves the bot's clock past each retry's backoff until {@code done}. */
    private void retryUntil(java.util.concurrent.Callable<Boolean> done) {
        await().atMost(Conversation.PATIENCE).until(() -> {
            bot.clock.advance(Duration.ofSeconds(5));
            return done.call();
        });
    }

    /** How many times a message with this block was posted in the thread, failed attempts included. */
    private int postsWith(Conversation c, String blockId) {
        return (int)
                c.thread().stream().filter(p -> p.blockIds().contains(blockId)).count();
    }

    private ProjectRecord project(Conversation c) {
        return bot.projects().stream()
                .filter(p -> p.cardTs().equals(java.util.Optional.of(c.cardTs)))
                .findFirst()
                .orElseThrow();
    }
}
