package dev.mlidea.storage;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jdbi.v3.core.Handle;

/**
 * Pending inbox and outbox rows across every workspace, and how long the oldest of each has waited:
 * counts and ages only, for monitoring. Outbox rows held until the bot is invited are left out (they
 * wait for people, not for the bot).
 */
public record QueueDepths(long inbox, Duration oldestInbox, long outbox, Duration oldestOutbox) {

    static QueueDepths read(Handle handle, Instant now) {
        return handle.createQuery("""
                        SELECT (SELECT count(*) FROM inbox WHERE processed_at IS NULL) AS inbox,
                               (SELECT min(received_at) FROM inbox WHERE processed_at IS NULL) AS oldest_inbox,
                               (SELECT count(*) FROM outbox o LEFT JOIN projects p ON p.id = o.project_id
                                 WHERE o.status = 'pending'
                                   AND (p.delivery IS NULL OR p.delivery <> 'awaiting_invite')) AS outbox,
                               (SELECT min(o.created_at) FROM outbox o LEFT JOIN projects p ON p.id = o.project_id
                                 WHERE o.status = 'pending'
                                   AND (p.delivery IS NULL OR p.delivery <> 'awaiting_invite')) AS oldest_outbox
                        """)
                .map((rs, ctx) -> new QueueDepths(
                        rs.getLong("inbox"),
                        age(rs.getObject("oldest_inbox", OffsetDateTime.class), now),
                        rs.getLong("outbox"),
                        age(rs.getObject("oldest_outbox", OffsetDateTime.class), now)))
                .one();
    }

    private static Duration age(OffsetDateTime oldest, Instant now) {
        if (oldest == null) return Duration.ZERO;
        Duration age = Duration.between(oldest.toInstant(), now);
        return age.isNegative() ? Duration.ZERO : age;
    }
}
