-- Portfolio summaries (issue 9): the weekly one per workspace and ISO week, and the ones asked for with
-- /mlidea portfolio. A row is claimed before anything is sent: for a weekly summary the key is its ISO
-- week, so two replicas, a restart in the middle or a retried sweep find the week claimed and leave
-- it — one summary per week. The picture is kept with the row so a retried upload sends the same
-- bytes; posted_ts is the weekly message once Slack took it.
CREATE TABLE summaries (
    team_id     text        NOT NULL,
    summary_key text        NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('weekly', 'asked')),
    -- The channel a weekly summary goes to; for one asked for, the channel it was asked in.
    channel_id  text        NOT NULL,
    -- Who asked (an asked-for summary's picture goes to their direct messages).
    user_id     text,
    claimed_at  timestamptz NOT NULL,
    picture     bytea,
    posted_ts   text,
    posted_at   timestamptz,
    PRIMARY KEY (team_id, summary_key)
);
-- Asked-for summaries are kept a day (their picture is sent by then); weekly ones stay as the record.
CREATE INDEX summaries_asked ON summaries (claimed_at) WHERE kind = 'asked';

-- Outbox rows of a summary (its message, then its picture) name it: they share one lane, so the
-- picture follows the message, and a sent weekly message records its ts on the summary.
ALTER TABLE outbox ADD COLUMN summary_key text;

-- Thread links for summaries and lists (chat.getPermalink), fetched once per project.
ALTER TABLE projects ADD COLUMN card_permalink text;
