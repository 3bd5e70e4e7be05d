package dev.mlidea.storage;

import dev.mlidea.conversations.intake.Answer;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Read-only looks into the tables for tests: what the bot itself never needs to ask. */
public final class StorageProbes {
    private final Jdbi jdbi;

    public StorageProbes(Storage storage) {
        this.jdbi = Jdbi.create(storage.dataSource());
    }

    /** One answer row as stored, with the Slack user who gave it. */
    public record StoredAnswer(String questionKey, Answer answer, String answeredBy) {}

    /** An outbox row's kind and fate, as stored. */
    public record SentMessage(OutboxKind kind, String status, Optional<String> sentTs) {}

    public List<StoredAnswer> storedAnswers(String teamId, UUID projectId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT question_key, kind, value, answered_by FROM answers
                        WHERE team_id = :team AND project_id = :project ORDER BY question_key
                        """)
                .bind("team", teamId)
                .bind("project", projectId)
                .map((rs, ctx) -> new StoredAnswer(
                        rs.getString("question_key"),
                        AnswerCodec.decode(rs.getString("kind"), rs.getString("value")),
                        rs.getString("answered_by")))
                .list());
    }

    /** Sent and pending outbox rows of a project, oldest first. */
    public List<SentMessage> outboxOf(String teamId, UUID projectId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT kind, status, sent_ts FROM outbox
                        WHERE team_id = :team AND project_id = :project ORDER BY id
                        """)
                .bind("team", teamId)
                .bind("project", projectId)
                .map((rs, ctx) -> new SentMessage(
                        OutboxKind.valueOf(rs.getString("kind")),
                        rs.getString("status"),
                        Optional.ofNullable(rs.getString("sent_ts"))))
                .list());
    }

    public long inboxCount() {
        return count("SELECT count(*) FROM inbox");
    }

    public long pendingInboxCount() {
        return count("SELECT count(*) FROM inbox WHERE processed_at IS NULL");
    }

    /** Outbox rows still to send, not counting those held until the bot is invited. */
    public long pendingOutboxCount() {
        return count("""
                SELECT count(*) FROM outbox o LEFT JOIN projects p ON p.id = o.project_id
                WHERE o.status = 'pending' AND (p.delivery IS NULL OR p.delivery <> 'awaiting_invite')
                """);
    }

    /** Conversations and lanes with a head: each must have a pending row behind it, and vice versa. */
    public long headsWithoutPendingRows() {
        return count("""
                SELECT (SELECT count(*) FROM inbox_heads h WHERE NOT EXISTS (
                            SELECT 1 FROM inbox i WHERE i.team_id = h.team_id AND i.ordering_key = h.ordering_key
                              AND i.processed_at IS NULL))
                     + (SELECT count(*) FROM outbox_heads h WHERE NOT EXISTS (
                            SELECT 1 FROM outbox o WHERE o.team_id = h.team_id AND o.lane = h.lane
                              AND o.status = 'pending'))
                """);
    }

    public long pendingRowsWithoutHead() {
        return count("""
                SELECT (SELECT count(*) FROM inbox i WHERE i.processed_at IS NULL AND NOT EXISTS (
                            SELECT 1 FROM inbox_heads h WHERE h.team_id = i.team_id AND h.ordering_key = i.ordering_key))
                     + (SELECT count(*) FROM outbox o WHERE o.status = 'pending' AND NOT EXISTS (
                            SELECT 1 FROM outbox_heads h WHERE h.team_id = o.team_id AND h.lane = o.lane))
                """);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    private long count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
