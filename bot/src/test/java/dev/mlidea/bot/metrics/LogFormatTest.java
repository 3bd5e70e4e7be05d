package dev.mlidea.bot.metrics;

import static net.logstash.logback.argument.StructuredArguments.kv;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import net.logstash.logback.encoder.LogstashEncoder;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** LOG_FORMAT picks the shipped logback.xml's encoder: a readable line, or one JSON object a line. */
class LogFormatTest {

    @Test
    void text_is_one_readable_line_with_the_fields_as_key_value() {
        try (var format = new ProductionLogFormat("text")) {
            String line = format.render(requestLine());

            assertThat(line).doesNotContain("\n").startsWith("20").contains(" INFO ");
            assertThat(line)
                    .endsWith("slack request team=T0TEAM0001 kind=event outcome=acked status=200 latency_ms=12");
        }
    }

    @Test
    void text_turns_control_characters_of_a_message_into_question_marks_so_a_line_cannot_be_forged() {
        try (var format = new ProductionLogFormat("text")) {
            var logger = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(SlackRequests.class);
            String line = format.render(new LoggingEvent(
                    "ch.qos.logback.classic.Logger", logger, Level.WARN, "unknown team {}", null, new Object[] {
                        "T1\r\n2026-11-27 ERROR forged\u0000"
                    }));

            assertThat(line).doesNotContain("\n").doesNotContain("\r").doesNotContain("\u0000");
            assertThat(line).endsWith("unknown team T1??2026-11-27 ERROR forged?");
        }
    }

    @Test
    void json_is_one_object_a_line_with_the_fields_as_json_fields() {
        try (var format = new ProductionLogFormat("json")) {
            assertThat(format.encoder()).isInstanceOf(LogstashEncoder.class);
            String line = format.render(requestLine());

            assertThat(line).doesNotContain("\n");
            JsonObject json = JsonParser.parseString(line).getAsJsonObject();
            assertThat(json.get("level").getAsString()).isEqualTo("INFO");
            assertThat(json.get("logger_name").getAsString()).isEqualTo(SlackRequests.class.getName());
            assertThat(json.has("@timestamp")).isTrue();
            assertThat(json.get("team").getAsString()).isEqualTo("T0TEAM0001");
            assertThat(json.get("kind").getAsString()).isEqualTo("event");
            assertThat(json.get("outcome").getAsString()).isEqualTo("acked");
            assertThat(json.get("status").getAsInt()).isEqualTo(200);
            assertThat(json.get("latency_ms").getAsLong()).isEqualTo(12);
        }
    }

    private static LoggingEvent requestLine() {
        var logger = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(SlackRequests.class);
        return new LoggingEvent(
                "ch.qos.logback.classic.Logger",
                logger,
                Level.INFO,
                "slack request {} {} {} {} {}",
                null,
                new Object[] {
                    kv("team", "T0TEAM0001"),
                    kv("kind", "event"),
                    kv("outcome", "acked"),
                    kv("status", 200),
                    kv("latency_ms", 12L)
                });
    }
}
