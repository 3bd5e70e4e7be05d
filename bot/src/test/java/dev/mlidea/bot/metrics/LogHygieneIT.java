package dev.mlidea.bot.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.mlidea.bot.testing.Conversation;
import dev.mlidea.bot.testing.RunningBot;
import dev.mlidea.bot.testing.SlackDriver;
import dev.mlidea.conversations.intake.IntakeForm;
import dev.mlidea.conversations.intake.Question;
import dev.mlidea.conversations.intake.QuestionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Everything the bot logs during a whole intake, at production's level and rendered by production's
 * encoders (text and JSON): never the bot token, the signing secret, the title or an answer typed,
 * nor a channel's name; one line per signed Slack request with its team, kind, outcome and latency.
 */
class LogHygieneIT {
    private static final String OWNER = "U0OWNER0001";
    private static final String TITLE = "Zephyrine quokka ledger";
    private static final String BOT_TOKEN = "xoxb-test-not-a-real-token-AbCdEfGhIjKlMnOpQr";

    private static final Queue<ILoggingEvent> events = new ConcurrentLinkedQueue<>();
    private static final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    private static final AppenderBase<ILoggingEvent> capture = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            event.prepareForDeferredProcessing();
            events.add(event);
        }
    };
    private static Level testLevel;
    private static RunningBot bot;
    private static final Map<String, String> typed = new LinkedHashMap<>();
    private static int signedRequests;

    @BeforeAll
    static void runAWholeIntakeWhileCapturingTheLog() {
        testLevel = root.getLevel();
        root.setLevel(Level.INFO); // production's default (logback.xml), not the tests' WARN
        capture.setContext(root.getLoggerContext());
        capture.start();
        root.addAppender(capture);

        bot = new RunningBot();
        String channel = RunningBot.newChannel(false);
        for (Question q : IntakeForm.quickQuestions()) {
            if (q.kind() == QuestionKind.TEXT) {
                typed.put(q.key(), "Xylophone " + q.key() + " answer: agents retype the same quokka replies");
            }
        }
        Conversation c = Conversation.start(bot, channel, OWNER, TITLE);
        c.completeWith(typed);
        bot.driver.clickOnCard(channel, OWNER, c.cardTs, "open_form", "x");
        bot.driver.send("token=forged", Map.of("Content-Type", "application/x-www-form-urlencoded"), false);
        bot.settle();
        int answers = bot.storedAnswers(bot.projects().stream()
                        .filter(p -> p.channelId().equals(channel))
                        .findFirst()
                        .orElseThrow()
                        .id())
                .size();
        signedRequests = 1 + answers + 1; // the command, one message per answer, the click
    }

    @AfterAll
    static void stop() {
        if (bot != null) bot.close();
        root.detachAppender(capture);
        capture.stop();
        root.setLevel(testLevel);
    }

    @Test
    void no_line_carries_a_token_the_secret_or_what_people_typed() {
        var forbidden = new ArrayList<>(List.of(BOT_TOKEN, "xoxb-", SlackDriver.SIGNING_SECRET, TITLE, "ml-ideas"));
        forbidden.addAll(typed.values());
        assertThat(typed).isNotEmpty();
        for (String format : List.of("text", "json")) {
            try (var production = new ProductionLogFormat(format)) {
                List<String> lines = events.stream().map(production::render).toList();
                assertThat(lines).hasSizeGreaterThan(signedRequests);
                for (String secret : forbidden) {
                    assertThat(lines)
                            .as(format + " lines containing " + secret)
                            .noneMatch(line -> line.toLowerCase().contains(secret.toLowerCase()));
                }
            }
        }
    }

    @Test
    void each_signed_slack_request_gets_one_line_with_team_kind_outcome_and_latency() {
        try (var text = new ProductionLogFormat("text")) {
            List<String> requests = events.stream()
                    .filter(e -> e.getFormattedMessage().startsWith("slack request "))
                    .map(text::render)
                    .toList();
            assertThat(requests).hasSize(signedRequests);
            assertThat(requests)
                    .allMatch(line -> line.matches(".* - slack request team=T0TEAM0001 kind=[a-z_]+ outcome=acked"
                            + " status=200 latency_ms=\\d+"));
            assertThat(requests)
                    .filteredOn(l -> l.contains("kind=slash_command"))
                    .hasSize(1);
            assertThat(requests).filteredOn(l -> l.contains("kind=event")).hasSize(signedRequests - 2);
            assertThat(requests)
                    .filteredOn(l -> l.contains("kind=block_actions"))
                    .hasSize(1);
        }
    }

    @Test
    void in_json_every_line_is_an_object_and_request_and_web_api_lines_have_their_fields() {
        try (var json = new ProductionLogFormat("json")) {
            List<JsonObject> lines = events.stream()
                    .map(json::render)
                    .map(line -> JsonParser.parseString(line).getAsJsonObject())
                    .toList();
            List<JsonObject> requests = lines.stream()
                    .filter(l -> l.get("logger_name").getAsString().equals(SlackRequests.class.getName()))
                    .toList();
            assertThat(requests).hasSize(signedRequests).allSatisfy(l -> {
                assertThat(l.get("team").getAsString()).isEqualTo("T0TEAM0001");
                assertThat(l.get("kind").getAsString()).isIn("slash_command", "event", "block_actions");
                assertThat(l.get("outcome").getAsString()).isEqualTo("acked");
                assertThat(l.get("status").getAsInt()).isEqualTo(200);
                assertThat(l.get("latency_ms").getAsLong()).isNotNegative();
            });
            List<JsonObject> calls = lines.stream()
                    .filter(l -> l.get("logger_name").getAsString().equals(SlackApiCalls.class.getName()))
                    .toList();
            assertThat(calls)
                    .extracting(l -> l.get("method").getAsString())
                    .contains("auth.test", "chat.postMessage", "chat.update", "views.open");
            assertThat(calls).allSatisfy(l -> {
                assertThat(l.has("status")).isTrue();
                assertThat(l.get("result").getAsString()).matches("ok|[a-z0-9_]+");
                assertThat(l.get("latency_ms").getAsLong()).isNotNegative();
            });
        }
    }
}
