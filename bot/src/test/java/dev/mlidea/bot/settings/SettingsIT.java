package dev.mlidea.bot.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.mlidea.bot.testing.Conversation;
import dev.mlidea.bot.testing.FakeSlack;
import dev.mlidea.bot.testing.RunningBot;
import dev.mlidea.bot.testing.SlackCall;
import dev.mlidea.bot.testing.SlackDriver;
import dev.mlidea.conversations.rituals.Cadence;
import dev.mlidea.conversations.settings.SettingsField;
import dev.mlidea.conversations.settings.WorkspaceSettings;
import dev.mlidea.storage.SettingsChange;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The workspace settings end to end: {@code /mlidea settings} opens the modal prefilled, refused values
 * come back as {@code response_action: errors} and store nothing, a valid save is stored with each
 * change recorded and confirmed by DM; the question about a summary channel goes out once.
 */
class SettingsIT {
    static final String ALEX = "U0SETALEX1";
    static final String SAM = "U0SETSAM01";
    static final java.time.Instant MONDAY = java.time.Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void the_command_opens_the_modal_prefilled_and_refused_values_store_nothing() {
        try (var bot = new RunningBot()) {
            String channel = RunningBot.newChannel(false);
            bot.slack.userZone(ALEX, "Europe/Berlin");

            SlackCall modal = openByCommand(bot, channel, ALEX);

            JsonObject view = view(modal);
            assertThat(view.get("callback_id").getAsString()).isEqualTo(SettingsView.CALLBACK_ID);
            assertThat(initialOption(view, SettingsField.DAY)).isEqualTo("MONDAY");
            assertThat(initialOption(view, SettingsField.HOUR)).isEqualTo("9");
            assertThat(initialOption(view, SettingsField.ZONE)).isEqualTo("UTC");
            assertThat(initialOption(view, SettingsField.NUDGE_DAYS)).isEqualTo("7");
            assertThat(initialOption(view, SettingsField.DEFAULT_CADENCE)).isEqualTo("2w");
            JsonObject picker = element(view, SettingsField.SUMMARY_CHANNEL);
            assertThat(picker.get("type").getAsString()).isEqualTo("conversations_select");
            assertThat(picker.get("default_to_current_conversation").getAsBoolean())
                    .isFalse();
            assertThat(picker.has("initial_conversation")).isFalse();

            var refused = new LinkedHashMap<>(valid("C0SUMMARY1"));
            refused.put(SettingsField.HOUR, "25");
            refused.put(SettingsField.ZONE, "Mars/Base");
            refused.put(SettingsField.NUDGE_DAYS, "0");
            JsonObject errors = errors(submit(bot, ALEX, refused));
            assertThat(errors.keySet())
                    .containsExactlyInAnyOrder(
                            SettingsView.blockId(SettingsField.HOUR),
                            SettingsView.blockId(SettingsField.ZONE),
                            SettingsView.blockId(SettingsField.NUDGE_DAYS));
            bot.settle();

            assertThat(changes(bot)).isEmpty();
            assertThat(stored(bot))
                    .as("only the question the test bot starts with")
                    .contains(WorkspaceSettings.defaults(ZoneOffset.UTC));
            assertThat(bot.slack.dmsTo(ALEX)).isEmpty();
        }
    }

    @Test
    void a_valid_save_is_stored_recorded_with_old_and_new_and_confirmed_to_the_one_who_saved() {
        // A whole second: PostgreSQL keeps microseconds, rounded, and the times are compared exactly.
        try (var bot = new RunningBot(MONDAY)) {
            String channel = RunningBot.newChannel(false);
            openByCommand(bot, channel, ALEX);

            var chosen = new LinkedHashMap<>(valid("C0SUMMARY1"));
            chosen.put(SettingsField.DAY, "FRIDAY");
            chosen.put(SettingsField.HOUR, "16");
            assertThat(submit(bot, ALEX, chosen).body()).doesNotContain("errors");
            bot.settle();

            var expected = new WorkspaceSettings(
                    Optional.of("C0SUMMARY1"), DayOfWeek.FRIDAY, 16, ZoneOffset.UTC, 7, Cadence.DEFAULT);
            assertThat(stored(bot)).contains(expected);
            List<SettingsChange> changes = changes(bot);
            assertThat(changes)
                    .extracting(SettingsChange::field, SettingsChange::oldValue, SettingsChange::newValue)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    SettingsField.SUMMARY_CHANNEL, Optional.empty(), Optional.of("C0SUMMARY1")),
                            org.assertj.core.groups.Tuple.tuple(
                                    SettingsField.DAY, Optional.of("MONDAY"), Optional.of("FRIDAY")),
                            org.assertj.core.groups.Tuple.tuple(
                                    SettingsField.HOUR, Optional.of("9"), Optional.of("16")));
            assertThat(changes).allSatisfy(c -> {
                assertThat(c.changedBy()).isEqualTo(ALEX);
                assertThat(c.changedAt()).isEqualTo(bot.clock.instant());
            });
            assertThat(bot.slack.dmsTo(ALEX))
                    .singleElement()
                    .satisfies(dm -> assertThat(dm.allText())
                            .contains("<#C0SUMMARY1>")
                            .contains("Monday → Friday")
                            .contains("09:00 → 16:00"));

            // Anyone may change them; opening again shows what is stored.
            SlackCall again = openByCommand(bot, channel, SAM);
            assertThat(element(view(again), SettingsField.SUMMARY_CHANNEL)
                            .get("initial_conversation")
                            .getAsString())
                    .isEqualTo("C0SUMMARY1");
            assertThat(initialOption(view(again), SettingsField.DAY)).isEqualTo("FRIDAY");
            chosen.put(SettingsField.NUDGE_DAYS, "14");
            submit(bot, SAM, chosen);
            bot.settle();
            assertThat(changes(bot))
                    .last()
                    .isEqualTo(new SettingsChange(
                            SettingsField.NUDGE_DAYS, Optional.of("7"), Optional.of("14"), SAM, bot.clock.instant()));
        }
    }

    @Test
    void the_first_people_to_use_the_bot_get_one_question_about_the_channel_whose_button_opens_the_modal() {
        try (var bot = RunningBot.newWorkspace()) {
            var second = bot.replica();
            String channel = RunningBot.newChannel(false);

            bot.driver.slashCommand(channel, ALEX, "Churn model", bot.slack.responseUrl(SlackDriver.nextId("r")));
            second.slashCommand(channel, SAM, "Ticket router", bot.slack.responseUrl(SlackDriver.nextId("r")));
            bot.settle();

            List<SlackCall> asked = new java.util.ArrayList<>(bot.slack.dmsTo(ALEX));
            asked.addAll(bot.slack.dmsTo(SAM));
            assertThat(asked).as("one question, whoever came first").singleElement();
            SlackCall question = asked.get(0);
            assertThat(question.actionIds()).containsExactly(SettingsMessages.CHOOSE_CHANNEL_ACTION);
            String askedUser = bot.db(uow -> uow.settings().channelAskedUser(FakeSlack.TEAM))
                    .orElseThrow();
            assertThat(question.param("channel")).isEqualTo(FakeSlack.dmChannel(askedUser));

            bot.driver.slashCommand(channel, SAM, "stage Churn data", bot.slack.responseUrl(SlackDriver.nextId("r")));
            bot.settle();
            assertThat(bot.slack.dmsTo(ALEX).size() + bot.slack.dmsTo(SAM).size())
                    .as("never twice")
                    .isEqualTo(1);

            int before = bot.slack.viewsOpened().size();
            bot.driver.clickButton(
                    FakeSlack.dmChannel(askedUser),
                    askedUser,
                    null,
                    "settings.ask.actions",
                    SettingsMessages.CHOOSE_CHANNEL_ACTION,
                    null,
                    bot.slack.responseUrl(SlackDriver.nextId("r")));
            SlackCall modal = lastModal(bot, before + 1);
            assertThat(view(modal).get("callback_id").getAsString()).isEqualTo(SettingsView.CALLBACK_ID);
        }
    }

    static List<SettingsChange> changes(RunningBot bot) {
        return bot.db(uow -> uow.settings().changes(FakeSlack.TEAM));
    }

    static Optional<WorkspaceSettings> stored(RunningBot bot) {
        return bot.db(uow -> uow.settings().find(FakeSlack.TEAM));
    }

    static Map<SettingsField, String> valid(String channel) {
        var v = new LinkedHashMap<SettingsField, String>();
        v.put(SettingsField.SUMMARY_CHANNEL, channel);
        v.put(SettingsField.DAY, "MONDAY");
        v.put(SettingsField.HOUR, "9");
        v.put(SettingsField.ZONE, "UTC");
        v.put(SettingsField.NUDGE_DAYS, "7");
        v.put(SettingsField.DEFAULT_CADENCE, "2w");
        return v;
    }

    static SlackCall openByCommand(RunningBot bot, String channel, String user) {
        int before = bot.slack.viewsOpened().size();
        HttpResponse<String> answer =
                bot.driver.slashCommand(channel, user, "settings", bot.slack.responseUrl(SlackDriver.nextId("r")));
        assertThat(answer.statusCode()).isEqualTo(200);
        return lastModal(bot, before + 1);
    }

    static SlackCall lastModal(RunningBot bot, int count) {
        await().atMost(Conversation.PATIENCE)
                .until(() -> bot.slack.viewsOpened().size() >= count);
        List<SlackCall> opened = bot.slack.viewsOpened();
        return opened.get(opened.size() - 1);
    }

    static JsonObject view(SlackCall modal) {
        return JsonParser.parseString(modal.param("view")).getAsJsonObject();
    }

    static JsonObject element(JsonObject view, SettingsField field) {
        for (var block : view.getAsJsonArray("blocks")) {
            JsonObject b = block.getAsJsonObject();
            if (SettingsView.blockId(field).equals(b.get("block_id").getAsString())) {
                return b.getAsJsonObject("element");
            }
        }
        throw new AssertionError("no block for " + field);
    }

    static String initialOption(JsonObject view, SettingsField field) {
        return element(view, field)
                .getAsJsonObject("initial_option")
                .get("value")
                .getAsString();
    }

    /** Submits the settings modal with these values, in the state shape Slack sends for each element. */
    static HttpResponse<String> submit(RunningBot bot, String user, Map<SettingsField, String> chosen) {
        var values = new JsonObject();
        chosen.forEach((field, value) -> {
            var v = new JsonObject();
            if (field == SettingsField.SUMMARY_CHANNEL) {
                v.addProperty("type", "conversations_select");
                v.addProperty("selected_conversation", value);
            } else {
                v.addProperty("type", "static_select");
                var option = new JsonObject();
                option.addProperty("value", value);
                var text = new JsonObject();
                text.addProperty("type", "plain_text");
                text.addProperty("text", value);
                option.add("text", text);
                v.add("selected_option", option);
            }
            var byAction = new JsonObject();
            byAction.add(SettingsView.VALUE, v);
            values.add(SettingsView.blockId(field), byAction);
        });
        return bot.driver.submitView(
                user, SettingsView.CALLBACK_ID, "", values, SlackDriver.nextId("V"), SlackDriver.nextId("h"));
    }

    static JsonObject errors(HttpResponse<String> response) {
        JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
        assertThat(body.get("response_action").getAsString()).isEqualTo("errors");
        return body.getAsJsonObject("errors");
    }
}
