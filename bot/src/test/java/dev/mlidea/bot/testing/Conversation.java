package dev.mlidea.bot.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mlidea.conversations.intake.Questionnaire;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One person driving one project's intake through Slack, reading the thread as they would: it knows
 * the card's ts, follows the live question message as it is edited, and waits for what the bot does
 * after each input (an edit, a post, or a message only they can see).
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

    /** The bot's posts in the thread (edits not counted: they change a post, they add none). */
    public List<SlackCall> thread() {
        return bot.slack.postsInThread(cardTs);
    }

    /** The newest post in the thread. */
    public SlackCall lastPost() {
        List<SlackCall> thread = thread();
        return thread.get(thread.size() - 1);
    }

    /** The ts of the intake's live question message, once the bot has posted it. */
    public Optional<String> liveTs() {
        return bot.projects().stream()
                .filter(p -> p.cardTs().equals(Optional.of(cardTs)))
                .findFirst()
                .flatMap(p -> p.questionTs());
    }

    /** The live question message as people see it now: its newest edit, or the post itself. */
    public SlackCall live() {
        String ts = await().atMost(PATIENCE)
                .until(this::liveTs, Optional::isPresent)
                .orElseThrow();
        List<SlackCall> edits = bot.slack.updatesOf(ts);
        if (!edits.isEmpty()) return edits.get(edits.size() - 1);
        List<SlackCall> posts = thread().stream()
                .filter(m -> m.blockIds().contains("live.progress"))
                .toList();
        return posts.get(posts.size() - 1);
    }

    /** What the bot showed last: the live message, or the newest post when that came after it. */
    public SlackCall last() {
        List<SlackCall> seen = new ArrayList<>(thread());
        liveTs().ifPresent(ts -> seen.addAll(bot.slack.updatesOf(ts)));
        seen.sort(Comparator.comparing(SlackCall::receivedAt));
        return seen.get(seen.size() - 1);
    }

    /** The key of the open question: the live message's, or null when none is open. */
    public String openQuestion() {
        if (liveTs().isEmpty() && thread().stream().noneMatch(m -> m.blockIds().contains("live.progress"))) {
            await().atMost(PATIENCE).until(() -> liveTs().isPresent());
        }
        return live().questionKey();
    }

    /** Messages only {@code someone} sees in this thread. */
    public List<SlackCall> ephemeralsTo(String someone) {
        return bot.slack.ephemeralsTo(someone).stream()
                .filter(m -> cardTs.equals(m.param("thread_ts")))
                .toList();
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
            String answer = typedAnswers.getOrDefault(key, typicalAnswer(key));
            SlackCall reply = type(answer);
            assertThat(reply.blockIds()).as("answer to " + key + " accepted").noneMatch(id -> id.startsWith("r."));
            if (reply.blockIds().contains("summary")) break;
            // The edit that asks the next question may follow the card's; wait for the question to move on.
            await().atMost(PATIENCE).until(() -> !key.equals(openQuestion()));
        }
        return awaitAssessment(1);
    }

    /** Answers every question with a typical answer of its kind, and waits for the assessment. */
    public SlackCall completeQuick() {
        return completeWith(java.util.Map.of());
    }

    /** What a team might type for a question the test gives no answer for: its first choice, or a sentence. */
    public static String typicalAnswerFor(String key) {
        return typicalAnswer(key);
    }

    static String typicalAnswer(String key) {
        var question = Questionnaire.byKey(key).orElseThrow(() -> new AssertionError("no question " + key));
        return switch (question.kind()) {
            case TEXT ->
                key.equals(Questionnaire.PROBLEM)
                        ? "Agents retype the same replies to the same tickets all day"
                        : "Half of the drafts sent with light edits in the pilot";
            case PEOPLE -> "<@U0PM000001>";
            case SCALE -> "4";
            case MULTI, CHOICE -> "1";
        };
    }

    /** What the form sends back for {@link #typicalAnswer}: a choice's id rather than its number. */
    public static String typicalValue(dev.mlidea.conversations.intake.Question q) {
        return switch (q.kind()) {
            case TEXT, SCALE, PEOPLE -> typicalAnswer(q.key());
            case MULTI, CHOICE -> q.choices().get(0).id();
        };
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

    /**
     * Sends an input and waits for what the bot does next in this thread: an edit of the live message,
     * a post, or a message to this person only. Returns the earliest of them.
     */
    public SlackCall expectReply(Runnable input) {
        List<SlackCall> before = everything();
        input.run();
        // Not a count: when a new live message is posted (a resume, an edit, more), the old one's edits
        // drop out of everything() and the count can even shrink.
        await().atMost(PATIENCE).until(() -> everything().stream().anyMatch(m -> !before.contains(m)));
        List<SlackCall> after = everything();
        return after.stream().filter(m -> !before.contains(m)).findFirst().orElseThrow();
    }

    /** Posts in the thread, edits of the live message and this person's private messages, oldest first. */
    private List<SlackCall> everything() {
        List<SlackCall> all = new ArrayList<>(thread());
        liveTs().ifPresent(ts -> all.addAll(bot.slack.updatesOf(ts)));
        all.addAll(ephemeralsTo(user));
        all.sort(Comparator.comparing(SlackCall::receivedAt));
        return all;
    }

    /** Waits until every stored request is handled and every message owed is sent. */
    public void settle() {
        bot.settle();
    }
}
