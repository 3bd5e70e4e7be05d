package dev.mlidea.bot.metrics;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /metrics}, never world-readable (docs/decisions/0020): with {@code METRICS_TOKEN} set it
 * wants {@code Authorization: Bearer <token>} (401 otherwise); without it, it answers only a client on
 * the same machine, talking to the bot directly (403 otherwise, also for anything a proxy forwarded).
 */
public final class MetricsRoute {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    /** A proxy on the same machine turns every outside request into a loopback one; these headers give it away. */
    private static final List<String> FORWARDED = List.of("Forwarded", "X-Forwarded-For", "X-Real-IP");

    private final BotMetrics metrics;
    private final Optional<byte[]> token;

    public MetricsRoute(BotMetrics metrics, Optional<String> token) {
        this.metrics = metrics;
        this.token = token.map(t -> ("Bearer " + t).getBytes(StandardCharsets.UTF_8));
    }

    public void handle(Context ctx) {
        if (token.isPresent()) {
            String given = Optional.ofNullable(ctx.header("Authorization")).orElse("");
            if (!MessageDigest.isEqual(token.get(), given.getBytes(StandardCharsets.UTF_8))) {
                ctx.status(401).header("WWW-Authenticate", "Bearer").json(Map.of("error", "metrics_token_required"));
                return;
            }
        } else if (!fromThisMachine(ctx)) {
            ctx.status(403).json(Map.of("error", "metrics_only_from_localhost_without_METRICS_TOKEN"));
            return;
        }
        ctx.contentType(CONTENT_TYPE).result(metrics.scrape());
    }

    private static boolean fromThisMachine(Context ctx) {
        if (FORWARDED.stream().anyMatch(h -> ctx.header(h) != null)) return false;
        try {
            // A literal address: no name lookup happens.
            return InetAddress.getByName(ctx.req().getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
