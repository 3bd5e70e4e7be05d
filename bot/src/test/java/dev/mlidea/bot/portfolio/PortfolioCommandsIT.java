package dev.mlidea.bot.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import dev.mlidea.bot.testing.Conversation;
import dev.mlidea.bot.testing.FakeSlack;
import dev.mlidea.bot.testing.RunningBot;
import dev.mlidea.bot.testing.SlackDriver;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * {@code /mlidea portfolio} and {@code /mlidea list} through signed slash commands: private answers
 * through the response_url, the picture in the asker's direct messages, pages, and the privacy rule.
 */
class PortfolioCommandsIT {
    static final String OWNER = "U0PORTOWN01";
    static final String OTHER = "U0PORTOTH01";

    @Test
    void portfolio_answers_privately_and_sends_the_picture_to_the_askers_direct_messages() {
        try (var bot = new RunningBot(Instant.parse("2026-12-09T10:00:00Z"))) {
            String channel = RunningBot.newChannel(false);
            var c = Conversation.start(bot, channel, OWNER, "Reply drafts for support");
            c.completeQuick();
            c.settle();
            String secret = "Salary band prediction";
            var hidden = Conversation.start(bot, RunningBot.newChannel(true), OWNER, secret);
            hidden.completeQuick();
            hidden.settle();

            String r = SlackDriver.nextId("r");
            var ack = bot.driver.slashCommand(channel, OTHER, "portfolio", bot.slack.responseUrl(r));
            assertThat(ack.statusCode()).isEqualTo(200);
            assertThat(ack.body()).contains("direct messages");
            await().atMost(Conversation.PATIENCE)
                    .until(() -> !bot.slack.responses(r).isEmpty());
            bot.settle();

            JsonObject answer = bot.slack.responses(r).get(0);
            assertThat(answer.get("response_type").getAsString()).isEqualTo("ephemeral");
            assertThat(answer.toString()).contains("Reply drafts for support").doesNotContain(secret);
            await().atMost(Conversation.PATIENCE)
                    .until(() -> bot.slack.uploadedBytes().size() == 1);
            assertThat(bot.slack.calls("files.completeUploadExternal"))
                    .singleElement()
                    .satisfies(call -> assertThat(call.param("channel_id")).isEqualTo(FakeSlack.dmChannel(OTHER)));
        }
    }

    @Test
    void list_pages_through_every_project_the_asker_may_see() {
        try (var bot = new RunningBot(Instant.parse("2026-12-09T10:00:00Z"))) {
            String channel = RunningBot.newChannel(false);
            for (int i = 0; i < ProjectListMessages.PAGE_SIZE + 2; i++) {
                Conversation.start(bot, channel, OWNER, String.format("Idea number %02d", i));
            }
            String privateChannel = RunningBot.newChannel(true);
            Conversation.start(bot, privateChannel, OWNER, "Hidden roadmap idea");
            bot.settle();

            String r = SlackDriver.nextId("r");
            bot.driver.slashCommand(channel, OTHER, "list all", bot.slack.responseUrl(r));
            await().atMost(Conversation.PATIENCE)
                    .until(() -> !bot.slack.responses(r).isEmpty());
            String first = bot.slack.responses(r).get(0).toString();
            assertThat(first).contains("Idea number 00").contains("page 1 of 2").doesNotContain("Hidden roadmap");
            assertThat(first).doesNotContain("Idea number 16");

            String next = SlackDriver.nextId("r");
            bot.driver.clickButton(
                    channel,
                    OTHER,
                    null,
                    "list.pages",
                    ProjectListMessages.PAGE_ACTION + ".2",
                    "all:2",
                    bot.slack.responseUrl(next));
            await().atMost(Conversation.PATIENCE)
                    .until(() -> !bot.slack.responses(next).isEmpty());
            JsonObject second = bot.slack.responses(next).get(0);
            assertThat(second.get("replace_original").getAsBoolean()).isTrue();
            assertThat(second.toString()).contains("Idea number 16").contains("page 2 of 2");

            String mine = SlackDriver.nextId("r");
            bot.driver.slashCommand(channel, OWNER, "list mine", bot.slack.responseUrl(mine));
            await().atMost(Conversation.PATIENCE)
                    .until(() -> !bot.slack.responses(mine).isEmpty());
            assertThat(bot.slack.responses(mine).get(0).toString())
                    .as("an owner sees their own project from a private channel")
                    .contains("Hidden roadmap");

            String none = SlackDriver.nextId("r");
            bot.driver.slashCommand(channel, OTHER, "list mine", bot.slack.responseUrl(none));
            await().atMost(Conversation.PATIENCE)
                    .until(() -> !bot.slack.responses(none).isEmpty());
            assertThat(bot.slack.responses(none).get(0).toString()).contains("You own no projects yet");
        }
    }
}
