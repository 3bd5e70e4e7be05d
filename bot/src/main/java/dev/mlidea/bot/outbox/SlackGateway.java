package dev.mlidea.bot.outbox;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostEphemeralResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * The Web API calls the dispatcher makes, with every outcome turned into a {@link SlackResult}: the
 * SDK's sync client never retries a 429 on its own, so Retry-After is read here.
 */
public final class SlackGateway {
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);

    private final Slack slack;
    private final MethodsClient methods;

    public SlackGateway(Slack slack, String botToken) {
        this.slack = slack;
        this.methods = slack.methods(botToken);
    }

    SlackResult post(String channel, Optional<String> threadTs, String text, Optional<String> blocks) {
        return call(() -> methods.chatPostMessage(r -> {
            r.channel(channel).text(text);
            threadTs.ifPresent(r::threadTs);
            blocks.ifPresent(r::blocksAsString);
            return r;
        }));
    }

    SlackResult update(String channel, String ts, String text, Optional<String> blocks) {
        return call(() -> methods.chatUpdate(r -> {
            r.channel(channel).ts(ts).text(text);
            blocks.ifPresent(r::blocksAsString);
            return r;
        }));
    }

    SlackResult ephemeral(
            String channel, String user, Optional<String> threadTs, String text, Optional<String> blocks) {
        return call(() -> methods.chatPostEphemeral(r -> {
            r.channel(channel).user(user).text(text);
            threadTs.ifPresent(r::threadTs);
            blocks.ifPresent(r::blocksAsString);
            return r;
        }));
    }

    SlackResult join(String channel) {
        return call(() -> methods.conversationsJoin(r -> r.channel(channel)));
    }

    /** An ephemeral reply through a slash command's response_url. */
    SlackResult respond(String responseUrl, String payloadJson) {
        try {
            var response = slack.send(responseUrl, payloadJson);
            int code = response.getCode();
            if (code == 200) return new SlackResult.Ok(Optional.empty());
            if (code == 429) return new SlackResult.RateLimited(DEFAULT_RETRY_AFTER);
            if (code >= 500) return new SlackResult.Unavailable("http_" + code);
            // 404 / 410: the response_url expired (30 minutes or 5 uses); nothing to retry.
            return new SlackResult.Failed("response_url_http_" + code);
        } catch (IOException e) {
            return new SlackResult.Unavailable(e.getClass().getSimpleName());
        }
    }

    private interface Call {
        SlackApiTextResponse run() throws IOException, SlackApiException;
    }

    /** Runs one Web API call; the message ts is returned where the method gives one. */
    private static SlackResult call(Call call) {
        try {
            SlackApiTextResponse response = call.run();
            if (!response.isOk()) return new SlackResult.Failed(response.getError());
            Optional<String> ts = Optional.empty();
            if (response instanceof ChatPostMessageResponse posted) {
                ts = Optional.ofNullable(posted.getTs());
            } else if (response instanceof ChatPostEphemeralResponse eph) {
                ts = Optional.ofNullable(eph.getMessageTs());
            }
            return new SlackResult.Ok(ts);
        } catch (SlackApiException e) {
            int code = e.getResponse().code();
            if (code == 429)
                return new SlackResult.RateLimited(retryAfter(e.getResponse().header("Retry-After")));
            if (code >= 500) return new SlackResult.Unavailable("http_" + code);
            return new SlackResult.Failed("http_" + code);
        } catch (IOException e) {
            return new SlackResult.Unavailable(e.getClass().getSimpleName());
        }
    }

    static Duration retryAfter(String header) {
        if (header == null) return DEFAULT_RETRY_AFTER;
        try {
            long seconds = Long.parseLong(header.trim());
            return Duration.ofSeconds(Math.max(1, Math.min(seconds, 3600)));
        } catch (NumberFormatException e) {
            return DEFAULT_RETRY_AFTER;
        }
    }
}
