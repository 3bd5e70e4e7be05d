package dev.mlidea.bot.metrics;

import static net.logstash.logback.argument.StructuredArguments.kv;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts and times every request to {@code /slack/events}, and logs one line for each signed one:
 * the team id, the kind, the outcome, the status and the latency. Nothing else: no payload field can
 * reach the line, so no user text can.
 */
public final class SlackRequests {
    private static final Logger log = LoggerFactory.getLogger(SlackRequests.class);
    private static final Pattern TEAM_ID = Pattern.compile("[A-Z0-9]{1,32}");
    /** Slack gives up at 3 s; the buckets around that are the ones an alert looks at. */
    private static final Duration[] ACK_BUCKETS = {
        Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2000), Duration.ofMillis(2500), Duration.ofSeconds(3), Duration.ofSeconds(5)
    };

    private final MeterRegistry registry;

    public SlackRequests(MeterRegistry registry) {
        this.registry = registry;
    }

    /** What became of a request. */
    public enum Outcome {
        ACKED,
        REJECTED_SIGNATURE,
        BAD_REQUEST,
        TOO_LARGE,
        UNHANDLED,
        UNAVAILABLE_503,
        ERROR_500;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The outcome an HTTP status stands for. */
        public static Outcome of(int status) {
            if (status >= 200 && status < 300) return ACKED;
            if (status == 401) return REJECTED_SIGNATURE;
            if (status == 404) return UNHANDLED;
            if (status == 413) return TOO_LARGE;
            if (status == 503) return UNAVAILABLE_503;
            if (status >= 500) return ERROR_500;
            return BAD_REQUEST;
        }
    }

    /**
     * Records one request. {@code team} is null when the request was never parsed (a bad signature);
     * such requests are counted but not logged one by one, so junk traffic cannot flood the log.
     */
    public void record(String team, String kind, Outcome outcome, int status, Duration latency) {
        Counter.builder("mlidea.slack.requests")
                .description("Requests to /slack/events by kind and outcome")
                .tag("kind", kind)
                .tag("outcome", outcome.label())
                .register(registry)
                .increment();
        Timer.builder("mlidea.slack.ack")
                .description("Time from a request's arrival at /slack/events to its answer")
                .tag("kind", kind)
                .serviceLevelObjectives(ACK_BUCKETS)
                .register(registry)
                .record(latency);
        if (outcome == Outcome.REJECTED_SIGNATURE || outcome == Outcome.TOO_LARGE) return;
        log.info(
                "slack request {} {} {} {} {}",
                kv("team", team != null && TEAM_ID.matcher(team).matches() ? team : "-"),
                kv("kind", kind),
                kv("outcome", outcome.label()),
                kv("status", status),
                kv("latency_ms", latency.toMillis()));
    }
}
