package dev.mlidea.bot.outbox;

import com.slack.api.model.Message;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How one Web API call went. */
sealed interface SlackResult {
    /** Done; {@code ts} is the message's timestamp where Slack returns one. */
    record Ok(Optional<String> ts) implements SlackResult {}

    /** Slack answered {@code ok: false} with this error code. */
    record Failed(String error) implements SlackResult {}

    /** HTTP 429: try again after this long. */
    record RateLimited(Duration retryAfter) implements SlackResult {}

    /**
     * No usable answer (network, timeout, 5xx): worth retrying with backoff, and a post may have
     * landed all the same. {@code reason} names no user data.
     */
    record Unavailable(String reason) implements SlackResult {}

    /** Messages a history or replies lookup returned. */
    record Found(List<Message> messages) implements SlackResult {}
}
