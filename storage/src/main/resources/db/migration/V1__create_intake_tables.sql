-- Every table that holds workspace data carries team_id, and every query filters on it.

CREATE TABLE projects (
    id               uuid        PRIMARY KEY,
    team_id          text        NOT NULL,
    channel_id       text        NOT NULL,
    proposer_id      text        NOT NULL,
    owners           text[]      NOT NULL,
    title            text        NOT NULL,
    titled           boolean     NOT NULL,
    intake_status    text        NOT NULL CHECK (intake_status IN ('in_progress', 'completed', 'cancelled', 'abandoned')),
    current_key      text,
    draft            text[]      NOT NULL DEFAULT '{}',
    -- pending: the card is not posted yet; posted: card_ts is known; awaiting_invite: the bot must be
    -- invited to a private channel before anything can be posted (the outbox holds the messages).
    delivery         text        NOT NULL DEFAULT 'pending' CHECK (delivery IN ('pending', 'posted', 'awaiting_invite')),
    card_ts          text,
    response_url     text,
    created_at       timestamptz NOT NULL,
    last_activity_at timestamptz NOT NULL,
    -- The one reminder for the current silence; cleared by any progress.
    reminded_at      timestamptz,
    CHECK ((intake_status = 'in_progress') = (current_key IS NOT NULL)),
    UNIQUE (team_id, id)
);
CREATE UNIQUE INDEX projects_by_thread ON projects (team_id, channel_id, card_ts);
CREATE INDEX projects_silent_intakes ON projects (last_activity_at) WHERE intake_status = 'in_progress';
CREATE INDEX projects_awaiting_invite ON projects (team_id, channel_id) WHERE delivery = 'awaiting_invite';

CREATE TABLE answers (
    team_id      text        NOT NULL,
    project_id   uuid        NOT NULL,
    question_key text        NOT NULL,
    kind         text        NOT NULL CHECK (kind IN ('text', 'picked', 'scale', 'picks', 'people', 'skipped')),
    value        text        NOT NULL,
    answered_by  text        NOT NULL,
    answered_at  timestamptz NOT NULL,
    PRIMARY KEY (project_id, question_key),
    -- The team is part of the key: a row can only ever belong to its own workspace's project.
    FOREIGN KEY (team_id, project_id) REFERENCES projects (team_id, id) ON DELETE CASCADE
);

-- Every Slack request that carries user input, stored before the ack.
CREATE TABLE inbox (
    id           bigserial   PRIMARY KEY,
    team_id      text        NOT NULL,
    dedup_key    text        NOT NULL,
    ordering_key text        NOT NULL,
    kind         text        NOT NULL,
    payload      text        NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now(),
    -- After a failed attempt, the next one waits a little: a passing database error must not use up all three.
    not_before   timestamptz NOT NULL DEFAULT now(),
    attempts     integer     NOT NULL DEFAULT 0,
    processed_at timestamptz,
    outcome      text,
    UNIQUE (team_id, dedup_key)
);
CREATE INDEX inbox_pending ON inbox (team_id, ordering_key, id) WHERE processed_at IS NULL;

-- Every Web API call the bot owes, written in the same transaction as the state change that caused it.
CREATE TABLE outbox (
    id           bigserial   PRIMARY KEY,
    team_id      text        NOT NULL,
    project_id   uuid,
    kind         text        NOT NULL,
    channel_id   text        NOT NULL,
    user_id      text,
    response_url text,
    text         text        NOT NULL,
    blocks       text,
    status       text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'superseded', 'failed')),
    not_before   timestamptz NOT NULL DEFAULT now(),
    attempts     integer     NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now(),
    sent_at      timestamptz,
    sent_ts      text,
    last_error   text,
    FOREIGN KEY (team_id, project_id) REFERENCES projects (team_id, id) ON DELETE CASCADE
);
CREATE INDEX outbox_pending ON outbox (id) WHERE status = 'pending';
CREATE INDEX outbox_pending_by_project ON outbox (project_id, id) WHERE status = 'pending';
