package dev.mlidea.bot.outbox;

import java.time.Duration;
import java.util.Optional;

/** How one Web API call went. */
sealed interface SlackResult {
    /** Done; {@code ts} is the message's timestamp where Slack returns one. */
    record Ok(Optional<String> ts) implements SlackResult {}

    /** Slack answered {@code ok: false} with this error code. */
    record Failed(String error) implements SlackResult {}

    /** HTTP 429: try again after this long. */
    record RateLimited(Duration retryAfter) implements SlackResult {}

    /** No usable answer (network, 5xx): worth retrying with backoff. {@code reason} names no user data. */
    record Unavailable(String reason) implements SlackResult {}
}
