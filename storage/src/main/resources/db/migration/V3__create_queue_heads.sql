-- One row per conversation (inbox) or lane (outbox) that has work pending: its "head". A claim picks
-- a head, not a row, so its cost depends on how many conversations are waiting, never on how many
-- rows are (the old claim's NOT EXISTS over earlier rows cost O(pending²) at depth). The head's row
-- lock serialises a conversation across replicas, and `turn` gives each waiting conversation a turn
-- in round-robin order, so a burst in one thread cannot hold another's next reply back.
-- See docs/decisions/0007-queue-heads-and-leases.md. Stop every replica of an older version before
-- this migration runs: they store rows without heads and claim rows, not heads.

CREATE SEQUENCE queue_turns;

CREATE TABLE inbox_heads (
    team_id      text        NOT NULL,
    ordering_key text        NOT NULL,
    -- The oldest unhandled row of the conversation, or NULL while its first row is being stored.
    next_id      bigint,
    turn         bigint      NOT NULL DEFAULT nextval('queue_turns'),
    not_before   timestamptz NOT NULL,
    PRIMARY KEY (team_id, ordering_key)
);
CREATE INDEX inbox_heads_by_turn ON inbox_heads (turn);

ALTER TABLE outbox ADD COLUMN lane text;
-- A post whose outcome we do not know (a timeout, a 5xx after Slack may have accepted it): before it
-- is sent again the dispatcher looks for it in Slack by its outbox id.
ALTER TABLE outbox ADD COLUMN uncertain boolean NOT NULL DEFAULT false;
UPDATE outbox SET lane = COALESCE('project:' || project_id::text, 'alone:' || id::text);
ALTER TABLE outbox ALTER COLUMN lane SET NOT NULL;

CREATE TABLE outbox_heads (
    team_id    text        NOT NULL,
    lane       text        NOT NULL,
    next_id    bigint,
    turn       bigint      NOT NULL DEFAULT nextval('queue_turns'),
    not_before timestamptz NOT NULL,
    -- While a lane is being sent: the database session of the dispatcher sending it. A lease whose
    -- session is gone (its process died) can be taken over at once instead of when it runs out.
    leased_by  integer,
    PRIMARY KEY (team_id, lane)
);
CREATE INDEX outbox_heads_by_turn ON outbox_heads (turn);

-- Slack's rate limits are per workspace and per method: a 429 holds every row of that pair.
CREATE TABLE slack_rate_limits (
    team_id    text        NOT NULL,
    method     text        NOT NULL,
    not_before timestamptz NOT NULL,
    PRIMARY KEY (team_id, method)
);

-- Pending rows are found through their conversation's or lane's head.
DROP INDEX inbox_pending;
CREATE INDEX inbox_pending ON inbox (team_id, ordering_key, id) WHERE processed_at IS NULL;
DROP INDEX outbox_pending;
CREATE INDEX outbox_pending_by_lane ON outbox (team_id, lane, id) WHERE status = 'pending';
-- Handled rows are kept only for a while (dedup, audits), then deleted oldest first.
CREATE INDEX inbox_handled ON inbox (processed_at) WHERE processed_at IS NOT NULL;
CREATE INDEX outbox_done ON outbox (created_at) WHERE status <> 'pending';

-- Heads for what was pending before this migration.
INSERT INTO inbox_heads (team_id, ordering_key, next_id, not_before)
SELECT team_id, ordering_key, min(id), min(not_before) FROM inbox WHERE processed_at IS NULL
GROUP BY team_id, ordering_key;
-- A lane that waited for an invite is tried once more: if the bot is still not invited, it waits again.
INSERT INTO outbox_heads (team_id, lane, next_id, not_before)
SELECT team_id, lane, min(id), min(not_before) FROM outbox WHERE status = 'pending'
GROUP BY team_id, lane;
-- Nothing handled needs its text any more: requests are kept for dedup only.
UPDATE inbox SET payload = '' WHERE processed_at IS NOT NULL;
