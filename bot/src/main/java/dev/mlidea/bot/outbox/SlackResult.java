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

    /**
     * A call the send needs first ({@code method}: the lookup of an uncertain post, or conversations.open
     * for a DM) did not work this time ({@code cause}: a 429 or trouble), so nothing was sent.
     */
    record Unsent(String method, SlackResult cause) implements SlackResult {}

    /** conversations.open gave the direct message conversation with one user. */
    record Opened(String channel) implements SlackResult {}

    /** Messages a history or replies lookup returned, and the cursor of the next page (null at the end). */
    record Found(List<Message> messages, String nextCursor) implements SlackResult {}
}
