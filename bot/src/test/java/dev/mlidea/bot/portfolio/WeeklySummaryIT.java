package dev.mlidea.bot.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.mlidea.bot.criteria.CriteriaMessages;
import dev.mlidea.bot.criteria.CriteriaViews;
import dev.mlidea.bot.testing.Conversation;
import dev.mlidea.bot.testing.FakeSlack;
import dev.mlidea.bot.testing.RunningBot;
import dev.mlidea.bot.testing.SlackCall;
import dev.mlidea.bot.testing.SlackDriver;
import dev.mlidea.conversations.rituals.ProjectCandidate;
import dev.mlidea.conversations.settings.WorkspaceSettings;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.SummaryRecord;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The weekly summary end to end: a week of activity through signed requests (intakes, stage moves, a
 * kill with its reason, criteria left overdue, a project in a private channel), then the clock moved to
 * Monday 09:00 in Berlin: one summary in the summary channel, one picture uploaded after it. And exactly
 * one, with two replicas, with Slack failing the post once, and with a restart before it was sent.
 */
class WeeklySummaryIT {
    static final String OWNER = "U0SUMOWNER1";
    static final String SUMMARY_CHANNEL = "C0SUMMARY01";
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday of ISO week 46, 10:00 UTC: three weeks before the week the summary reports. */
    static final Instant START = Instant.parse("2026-11-09T10:00:00Z");
    /** Monday of week 50, 09:00 in Berlin: the first summary slot after week 49's activity. */
    static final Instant SLOT = Instant.parse("2026-12-07T08:00:00Z");

    /** What the test set up, to check the summary against. */
    record Week(String active, String stopped, String secret, String overdue) {}

    @Test
    void a_week_of_activity_gives_one_summary_with_its_sections_and_one_picture() {
        try (var bot = new RunningBot(START)) {
            Week week = aWeekOfActivity(bot);

            bot.advanceRituals(Duration.between(bot.clock.instant(), SLOT.minusSeconds(60)), Duration.ofHours(12));
            // The channel was chosen on Monday of week 49, after that week's slot: its summary came then.
            int before = bot.slack.postsLandedIn(SUMMARY_CHANNEL).size();
            assertThat(before)
                    .as("week 49's own summary, caught up when the channel was set")
                    .isEqualTo(1);
            bot.advanceRituals(Duration.ofSeconds(60), Duration.ofSeconds(60));

            List<SlackCall> posted = bot.slack.postsLandedIn(SUMMARY_CHANNEL);
            assertThat(posted).as("one more, at Monday 09:00 in Berlin").hasSize(before + 1);
            String text = posted.get(posted.size() - 1).allText();
            assertThat(posted.get(posted.size() - 1).param("text"))
                    .as("the counts, in the notification's text")
                    .contains("4 projects, 3 new, 3 stage moves, 1 overdue, 1 killed");
            assertThat(text)
                    .contains("*4 projects*")
                    .contains("Planning 2 · Data 1 · Killed 1")
                    .contains("(iteration 2)")
                    .contains("1 project in private channels is counted but not named")
                    .contains(week.active())
                    .contains(week.stopped())
                    .contains("Rules cover 90% of tickets")
                    .contains(week.overdue())
                    .doesNotContain(week.secret());
            assertThat(posted.get(posted.size() - 1).blockIds()).contains("summary.header", "summary.counts");

            assertThat(bot.slack.calls("files.completeUploadExternal"))
                    .as("one picture per summary")
                    .hasSize(before + 1);
            assertThat(bot.slack.uploadedBytes()).hasSize(before + 1);
            byte[] png = bot.slack.uploadedBytes().get(before);
            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
            var image = read(png);
            assertThat(image.getWidth()).isEqualTo(MatrixChart.DEFAULT_WIDTH);
            assertThat(image.getHeight()).isEqualTo(MatrixChart.DEFAULT_HEIGHT);
            assertThat(bot.slack.calls("files.completeUploadExternal"))
                    .hasSize(2)
                    .allSatisfy(c -> assertThat(c.param("channel_id")).isEqualTo(SUMMARY_CHANNEL));

            SummaryRecord stored = bot.db(uow -> uow.summaries().find(FakeSlack.TEAM, "2026-W50"))
                    .orElseThrow();
            assertThat(stored.postedTs()).isPresent();

            bot.advanceRituals(Duration.ofDays(6), Duration.ofHours(12));
            assertThat(bot.slack.postsLandedIn(SUMMARY_CHANNEL))
                    .as("one a week")
                    .hasSize(before + 1);
            bot.advanceRituals(Duration.ofDays(1), Duration.ofHours(12));
            assertThat(bot.slack.postsLandedIn(SUMMARY_CHANNEL))
                    .as("the next week's")
                    .hasSize(before + 2);
        }
    }

    @Test
    void exactly_one_summary_with_two_replicas_a_failed_post_and_a_restart_before_it_was_sent() {
        // Monday 01:00 in Berlin: in the week of the slot, before it, so no earlier week's summary is due.
        try (var bot = new RunningBot(SLOT.minus(Duration.ofHours(8)))) {
            setSummaryChannel(bot);
            Conversation c = Conversation.start(bot, RunningBot.newChannel(false), OWNER, "Replicated summary idea");
            c.completeQuick();
            c.settle();
            bot.replica();
            bot.slack.failNextPostIn(SUMMARY_CHANNEL, 500);

            bot.clock.advance(Duration.between(bot.clock.instant(), SLOT));
            bot.checkScheduler(); // both replicas' schedulers look; the post fails once with a 500
            await().atMost(Conversation.PATIENCE)
                    .until(() -> bot.slack.calls("chat.postMessage").stream()
                            .anyMatch(m -> SUMMARY_CHANNEL.equals(m.param("channel"))));
            bot.restart(); // the rows are pending again in a fresh process
            bot.clock.advance(Duration.ofMinutes(10)); // past the retry's backoff
            bot.runRituals();
            bot.settle();

            assertThat(bot.slack.postsLandedIn(SUMMARY_CHANNEL)).hasSize(1);
            assertThat(bot.slack.calls("chat.postMessage").stream()
                            .filter(m -> SUMMARY_CHANNEL.equals(m.param("channel"))))
                    .as("the failed attempt and the one that landed")
                    .hasSize(2);
            await().atMost(Conversation.PATIENCE)
                    .until(() -> bot.slack.uploadedBytes().size() == 1);
            bot.advanceRituals(Duration.ofHours(6), Duration.ofHours(1));
            assertThat(bot.slack.postsLandedIn(SUMMARY_CHANNEL)).hasSize(1);
            assertThat(bot.slack.uploadedBytes()).hasSize(1);
        }
    }

    /** Three weeks from START: one project left with overdue criteria, then week 49's activity. */
    private static Week aWeekOfActivity(RunningBot bot) {
        bot.slack.userZone(OWNER, "Europe/Berlin");
        String overdue = "Forecast churn ahead of renewals";
        var quiet = Conversation.start(bot, RunningBot.newChannel(false), OWNER, overdue);
        quiet.completeQuick();
        quiet.settle();
        // Reminded after two weeks, the owner told three days later, overdue three days after that.
        bot.advanceRituals(Duration.ofDays(21), Duration.ofHours(6));
        setSummaryChannel(bot);

        String active = "Reply drafts for support";
        var a = Conversation.start(bot, RunningBot.newChannel(false), OWNER, active);
        a.completeQuick();
        command(bot, a.channel, "stage " + shortId(bot, a) + " data");
        command(bot, a.channel, "stage " + shortId(bot, a) + " training");
        command(bot, a.channel, "stage " + shortId(bot, a) + " data");

        String stopped = "Ticket routing by topic";
        var b = Conversation.start(bot, RunningBot.newChannel(false), OWNER, stopped);
        b.completeQuick();
        b.settle();
        kill(bot, b, "Rules cover 90% of tickets");

        String secret = "Salary band prediction";
        var hidden = Conversation.start(bot, RunningBot.newChannel(true), OWNER, secret);
        hidden.completeQuick();
        hidden.settle();
        return new Week(active, stopped, secret, overdue);
    }

    private static void setSummaryChannel(RunningBot bot) {
        bot.db(uow -> uow.settings()
                .save(
                        FakeSlack.TEAM,
                        WorkspaceSettings.defaults(BERLIN).withSummaryChannel(SUMMARY_CHANNEL),
                        "U0ADMIN0001",
                        uow.now()));
    }

    private static String shortId(RunningBot bot, Conversation c) {
        ProjectRecord p = bot.projects().stream()
                .filter(x -> x.cardTs().equals(Optional.of(c.cardTs)))
                .findFirst()
                .orElseThrow();
        return "#" + ProjectCandidate.shortIdOf(p.id());
    }

    private static void command(RunningBot bot, String channel, String text) {
        bot.driver.slashCommand(channel, OWNER, text, bot.slack.responseUrl(SlackDriver.nextId("r")));
        bot.settle();
    }

    private static void kill(RunningBot bot, Conversation c, String reason) {
        ProjectRecord p = bot.projects().stream()
                .filter(x -> x.cardTs().equals(Optional.of(c.cardTs)))
                .findFirst()
                .orElseThrow();
        int before = bot.slack.viewsOpened().size();
        bot.driver.clickOnCard(
                c.channel,
                OWNER,
                c.cardTs,
                CriteriaMessages.KILL_ACTION,
                p.id().toString(),
                bot.slack.responseUrl(SlackDriver.nextId("r")));
        await().atMost(Conversation.PATIENCE)
                .until(() -> bot.slack.viewsOpened().size() > before);
        // The card's buttons open the modal; the kill's modal is reached from the reminder too.
        JsonObject view = JsonParser.parseString(
                        bot.slack.viewsOpened().get(before).param("view"))
                .getAsJsonObject();
        var values = new JsonObject();
        var value = new JsonObject();
        value.addProperty("type", "plain_text_input");
        value.addProperty("value", reason);
        var byAction = new JsonObject();
        byAction.add(CriteriaViews.VALUE, value);
        values.add(CriteriaViews.REASON, byAction);
        bot.driver.submitView(
                OWNER,
                view.get("callback_id").getAsString(),
                view.get("private_metadata").getAsString(),
                values,
                SlackDriver.nextId("V"),
                SlackDriver.nextId("h"));
        bot.settle();
    }

    private static java.awt.image.BufferedImage read(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
