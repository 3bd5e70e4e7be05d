package dev.mlidea.bot.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

/**
 * One person driving one project's intake through Slack, reading the thread as they would: it knows
 * the card's ts and waits for the bot's next message after each input.
 */
public final class Conversation {
    public static final Duration PATIENCE = Duration.ofSeconds(15);

    private final RunningBot bot;
    public final String channel;
    public final String user;
    public final String cardTs;

    private Conversation(RunningBot bot, String channel, String user, String cardTs) {
        this.bot = bot;
        this.channel = channel;
        this.user = user;
        this.cardTs = cardTs;
    }

    /** Types {@code /mlidea title} and waits for the card and the first question. */
    public static Conversation start(RunningBot bot, String channel, String user, String title) {
        var response = bot.driver.slashCommand(channel, user, title, bot.slack.responseUrl(SlackDriver.nextId("r")));
        assertThat(response.statusCode()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> !bot.slack.cardPostsIn(channel).isEmpty());
        SlackCall card = bot.slack
                .cardPostsIn(channel)
                .get(bot.slack.cardPostsIn(channel).size() - 1);
        // Slack answered the post before the dispatcher committed the ts: wait for the commit.
        String cardTs = await().atMost(PATIENCE)
                .until(
                        () -> bot.projects().stream()
                                .filter(p -> p.channelId().equals(channel)
                                        && p.cardTs().isPresent())
                                .reduce((a, b) -> b)
                                .flatMap(p -> p.cardTs()),
                        java.util.Optional::isPresent)
                .orElseThrow();
        var conversation = new Conversation(bot, channel, user, cardTs);
        await().atMost(PATIENCE).until(() -> !conversation.thread().isEmpty());
        assertThat(card.param("thread_ts")).isNull();
        return conversation;
    }

    public static Conversation resume(RunningBot bot, String channel, String user, String cardTs) {
        return new Conversation(bot, channel, user, cardTs);
    }

    public List<SlackCall> thread() {
        return bot.slack.postsInThread(cardTs);
    }

    public SlackCall last() {
        List<SlackCall> thread = thread();
        return thread.get(thread.size() - 1);
    }

    /** The key of the question the bot asked last. */
    public String openQuestion() {
        return last().questionKey();
    }

    public SlackCall type(String text) {
        return expectReply(() -> bot.driver.threadReply(channel, user, cardTs, text));
    }

    public SlackCall typeAs(String otherUser, String text) {
        return expectReply(() -> bot.driver.threadReply(channel, otherUser, cardTs, text));
    }

    public SlackCall click(String value) {
        String key = openQuestion();
        return expectReply(() -> bot.driver.click(channel, user, cardTs, "a." + key, "answer." + value, value));
    }

    public void tick(List<String> values) {
        String key = openQuestion();
        var response = bot.driver.toggle(channel, user, cardTs, "a." + key, values);
        assertThat(response.statusCode()).isEqualTo(200);
    }

    /**
     * Answers every question the bot asks by typing the answer given for its key, until the intake
     * is complete, and waits for the assessment that follows. Returns the assessment message.
     */
    public SlackCall completeWith(java.util.Map<String, String> typedAnswers) {
        while (true) {
            String key = openQuestion();
            if (key == null) break;
            String answer = typedAnswers.get(key);
            assertThat(answer).as("the test gives an answer for " + key).isNotNull();
            SlackCall reply = type(answer);
            assertThat(reply.blockIds()).as("answer to " + key + " accepted").noneMatch(id -> id.startsWith("r."));
            if (reply.blockIds().contains("summary")) break;
        }
        return awaitAssessment(1);
    }

    /** Waits for the assessment with this version to be posted in the thread. */
    public SlackCall awaitAssessment(int version) {
        await().atMost(PATIENCE)
                .until(() -> thread().stream().anyMatch(m -> m.blockIds().contains("assessment." + version)));
        return thread().stream()
                .filter(m -> m.blockIds().contains("assessment." + version))
                .findFirst()
                .orElseThrow();
    }

    public void clickOnAssessment(int version, String actionId, String value) {
        var response = bot.driver.click(channel, user, cardTs, "assessment." + version, actionId, value);
        assertThat(response.statusCode()).isEqualTo(200);
    }

    public void chooseAnswerToEdit(int version, String key) {
        var response = bot.driver.select(channel, user, cardTs, "assessment." + version, "edit_answer", key);
        assertThat(response.statusCode()).isEqualTo(200);
    }

    /** Sends an input and waits for the bot's next message in the thread. */
    public SlackCall expectReply(Runnable input) {
        int before = thread().size();
        input.run();
        await().atMost(PATIENCE).until(() -> thread().size() > before);
        return thread().get(before);
    }

    /** Waits until every stored request is handled and every message owed is sent. */
    public void settle() {
        bot.settle();
    }
}
