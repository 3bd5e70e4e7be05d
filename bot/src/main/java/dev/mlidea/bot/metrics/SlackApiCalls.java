package dev.mlidea.bot.metrics;

import static net.logstash.logback.argument.StructuredArguments.kv;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An OkHttp interceptor on the one client every Slack call goes through (Web API methods, response
 * URLs, file uploads): counts each call by method and result, times it, counts 429s, and logs one
 * line. It reads the method from the URL path and Slack's {@code ok}/{@code error} from a peeked copy
 * of the body's first bytes, so the SDK still reads the whole body; never a URL, a header or a body.
 */
public final class SlackApiCalls implements Interceptor {
    private static final Logger log = LoggerFactory.getLogger(SlackApiCalls.class);
    /** Slack writes {@code ok} and {@code error} first; a long answer (a history page) is not copied. */
    private static final long PEEK_BYTES = 512;

    private static final Pattern METHOD = Pattern.compile("[a-z]+(\\.[a-zA-Z]+)+");
    private static final Pattern OK = Pattern.compile("\"ok\"\\s*:\\s*(true|false)");
    private static final Pattern ERROR = Pattern.compile("\"error\"\\s*:\\s*\"([a-z0-9_]{1,64})\"");

    private final MeterRegistry registry;
    private final String apiHost;
    private final int apiPort;
    private final String apiPath;

    /** {@code apiUrl}: the Web API's prefix (https://slack.com/api/), so its method names can be told apart. */
    public SlackApiCalls(MeterRegistry registry, String apiUrl) {
        this.registry = registry;
        URI uri = URI.create(apiUrl);
        this.apiHost = uri.getHost();
        this.apiPort = uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort();
        this.apiPath = uri.getPath();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        String method = method(chain.request().url());
        long start = System.nanoTime();
        Response response;
        try {
            response = chain.proceed(chain.request());
        } catch (IOException | RuntimeException e) {
            record(method, "io_error", 0, Duration.ofNanos(System.nanoTime() - start));
            throw e;
        }
        Duration latency = Duration.ofNanos(System.nanoTime() - start);
        record(method, result(method, response), response.code(), latency);
        return response;
    }

    /** The Web API method, or what else the call was: a response URL, an upload, anything else. */
    String method(HttpUrl url) {
        String path = url.encodedPath();
        if (url.host().equals(apiHost) && url.port() == apiPort && path.startsWith(apiPath)) {
            String name = path.substring(apiPath.length());
            if (METHOD.matcher(name).matches()) return name;
        }
        if (path.startsWith("/commands/") || path.startsWith("/actions/")) return "response_url";
        if (path.startsWith("/upload/")) return "file_upload";
        return "other";
    }

    private static String result(String method, Response response) throws IOException {
        if (response.code() < 200 || response.code() >= 300) return "http_" + response.code();
        if (method.equals("response_url") || method.equals("file_upload") || method.equals("other")) return "ok";
        String head = response.peekBody(PEEK_BYTES).string();
        Matcher ok = OK.matcher(head);
        if (ok.find() && ok.group(1).equals("true")) return "ok";
        Matcher error = ERROR.matcher(head);
        return error.find() ? error.group(1) : "error";
    }

    private void record(String method, String result, int status, Duration latency) {
        Counter.builder("mlidea.slack.api.calls")
                .description("Slack Web API calls by method and result (ok, Slack's error code, http_NNN, io_error)")
                .tag("method", method)
                .tag("status", result)
                .register(registry)
                .increment();
        Timer.builder("mlidea.slack.api.latency")
                .description("Time a Slack call took, by method")
                .tag("method", method)
                .register(registry)
                .record(latency);
        if (status == 429) {
            Counter.builder("mlidea.slack.api.rate.limited")
                    .description("Slack calls answered 429 Too Many Requests")
                    .tag("method", method)
                    .register(registry)
                    .increment();
        }
        log.info(
                "slack api {} {} {} {}",
                kv("method", method),
                kv("status", status),
                kv("result", result),
                kv("latency_ms", latency.toMillis()));
    }
}
