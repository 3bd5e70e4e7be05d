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

    /** Looking for an uncertain post did not work this time ({@code cause}: a 429 or trouble). */
    record LookupFailed(SlackResult cause) implements SlackResult {}

    /** Messages a history or replies lookup returned, and the cursor of the next page (null at the end). */
    record Found(List<Message> messages, String nextCursor) implements SlackResult {}
}
