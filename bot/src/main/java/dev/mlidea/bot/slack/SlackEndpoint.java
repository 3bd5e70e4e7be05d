package dev.mlidea.bot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.mlidea.bot.inbox.Inbox;
import dev.mlidea.bot.metrics.SlackRequests;
import dev.mlidea.bot.metrics.SlackRequests.Outcome;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events}: the Javalin side of Bolt. Verifies the signature first (nothing is
 * parsed or stored for a bad one), hands the raw bytes to Bolt untouched, and copies Bolt's answer back.
 */
public final class SlackEndpoint {
    private static final Logger log = LoggerFactory.getLogger(SlackEndpoint.class);
    private static final Duration LOG_EVERY = Duration.ofMinutes(1);
    /**
     * Slack's requests are a few kilobytes; anything over 1 MB is refused before it is read. Javalin's
     * {@code http.maxRequestSize} is set to the same, and cuts a body without Content-Length there.
     */
    public static final long MAX_BODY_BYTES = 1_000_000;

    private final App app;
    private final SlackRequestParser parser;
    private final SlackSignature signature;
    private final SlackRequests requests;
    private final AtomicLong rejectedSinceLog = new AtomicLong();
    private final AtomicReference<Instant> lastRejectLog = new AtomicReference<>(Instant.EPOCH);

    public SlackEndpoint(App app, SlackSignature signature, SlackRequests requests) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.signature = signature;
        this.requests = requests;
    }

    /** Answers the request, then counts, times and logs it (by its outcome, also when it failed). */
    public void handle(Context ctx) throws Exception {
        long start = System.nanoTime();
        var seen = new Seen();
        try {
            handle(ctx, seen);
        } catch (Exception e) {
            int status = statusOf(e);
            record(seen, Outcome.of(status), status, start);
            throw e;
        }
        record(seen, Outcome.of(ctx.statusCode()), ctx.statusCode(), start);
    }

    private void record(Seen seen, Outcome outcome, int status, long start) {
        requests.record(seen.team, seen.kind, outcome, status, Duration.ofNanos(System.nanoTime() - start));
    }

    /** What the Javalin handlers in MlideaServer answer for a failure (or the status it carries). */
    private static int statusOf(Exception e) {
        if (e instanceof HttpResponseException http) return http.getStatus();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Inbox.InboxUnavailable) return 503;
        }
        return 500;
    }

    /** The team and kind of a request, once known: ids and types only. */
    private static final class Seen {
        String team;
        String kind = "unknown";
    }

    private void handle(Context ctx, Seen seen) throws Exception {
        if (ctx.req().getContentLengthLong() > MAX_BODY_BYTES) {
            ctx.status(413).json(Map.of("error", "request_too_large"));
            return;
        }
        byte[] body = ctx.bodyAsBytes();
        if (!signature.isValid(ctx.header("X-Slack-Request-Timestamp"), ctx.header("X-Slack-Signature"), body)) {
            noteRejected(ctx.ip());
            ctx.status(401).json(Map.of("error", "invalid_signature"));
            return;
        }
        Request<?> request = parseOrNull(SlackRequestParser.HttpRequest.builder()
                .requestUri(ctx.path())
                .queryString(ctx.queryParamMap())
                .headers(new RequestHeaders(headers(ctx)))
                .requestBody(new String(body, StandardCharsets.UTF_8))
                .remoteAddress(ctx.ip())
                .build());
        if (request == null || !RequestShape.isComplete(request)) {
            ctx.status(400).json(Map.of("error", "unrecognised_request"));
            return;
        }
        seen.kind = kind(request.getRequestType());
        seen.team = request.getContext().getTeamId();
        Response response = runOrNull(request);
        if (response == null) {
            ctx.status(400).json(Map.of("error", "unrecognised_request"));
            return;
        }
        ctx.status(response.getStatusCode());
        if (response.getHeaders() != null) {
            response.getHeaders()
                    .forEach((name, values) -> values.forEach(v -> ctx.res().addHeader(name, v)));
        }
        if (response.getContentType() != null) ctx.contentType(response.getContentType());
        if (response.getBody() != null) ctx.result(response.getBody());
    }

    private static String kind(RequestType type) {
        if (type == null) return "unknown";
        return switch (type) {
            case Command -> "slash_command";
            case Event -> "event";
            case BlockAction -> "block_actions";
            case BlockSuggestion -> "block_suggestion";
            case ViewSubmission -> "view_submission";
            case ViewClosed -> "view_closed";
            case GlobalShortcut -> "shortcut";
            case MessageShortcut -> "message_action";
            case UrlVerification -> "url_verification";
            case SSLCheck -> "ssl_check";
            default -> "other";
        };
    }

    /** Null for a signed body Bolt cannot parse (broken form encoding, malformed or mistyped JSON). */
    private Request<?> parseOrNull(SlackRequestParser.HttpRequest http) {
        try {
            return parser.parse(http);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Null for a request that turns out not to be Slack's while Bolt runs it: an event's inner JSON of
     * the wrong type (Bolt reads it only here), or ids the inbox cannot store. Other failures are ours.
     */
    private Response runOrNull(Request<?> request) throws Exception {
        try {
            return app.run(request);
        } catch (Exception e) {
            if (Inbox.NotFromSlack.in(e) || e instanceof com.google.gson.JsonParseException) return null;
            throw e;
        }
    }

    private static Map<String, List<String>> headers(Context ctx) {
        var headers = new LinkedHashMap<String, List<String>>();
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            headers.put(
                    name.toLowerCase(java.util.Locale.ROOT),
                    new ArrayList<>(Collections.list(ctx.req().getHeaders(name))));
        }
        return headers;
    }

    /** Junk traffic must not flood the log: one line a minute with the count. */
    private void noteRejected(String ip) {
        long count = rejectedSinceLog.incrementAndGet();
        Instant now = Instant.now();
        Instant last = lastRejectLog.get();
        if (Duration.between(last, now).compareTo(LOG_EVERY) >= 0 && lastRejectLog.compareAndSet(last, now)) {
            rejectedSinceLog.set(0);
            log.warn("rejected {} request(s) with a missing, bad or stale Slack signature (latest from {})", count, ip);
        }
    }
}
