-- Rituals (issue 8): a project's stage, checklist, nudges, criteria and their re-checks, after the
-- intake. One row of current state per project, which the bot locks, decides on and saves, plus
-- append-only history tables nobody updates. See docs/decisions/0012-rituals-storage-and-scheduler.md.
--
-- Projects stored before this migration get no ritual row here: the bot starts a project's rituals
-- (Rituals.start, idempotent) when it needs them, from what the project's intake says. Guessing a
-- stage, criteria or cadence in SQL would only copy rules that live in the bot.

-- db-scheduler's own table, exactly as db-scheduler 16.x documents it for PostgreSQL
-- (db-scheduler/src/test/resources/postgresql_tables.sql at v16.7.1). The scheduler claims an
-- execution by setting picked/picked_by/version under a row lock and keeps last_heartbeat fresh while
-- it runs; another process takes over an execution whose heartbeats stopped. Its rows are tasks, not
-- workspace data: the team is in task_instance, and whatever the task does goes through the tables
-- below, scoped by team. Do not change this table without checking the scheduler version's SQL.
CREATE TABLE scheduled_tasks (
    task_name            text                     NOT NULL,
    task_instance        text                     NOT NULL,
    task_data            bytea,
    execution_time       timestamp with time zone NOT NULL,
    picked               boolean                  NOT NULL,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   NOT NULL,
    priority             smallint,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);

-- A project's rituals now. The bot reads it with FOR UPDATE, decides with the pure rules in
-- conversations/.../rituals (NudgeState, Revalidation, SignOffs) and writes it back whole: the same
-- row lock serialises a button press and a scheduled task acting on the same project.
CREATE TABLE project_rituals (
    team_id             text        NOT NULL,
    project_id          uuid        NOT NULL,
    -- Stage ids are stable (Stage.id()): buttons and this column depend on them.
    stage               text        NOT NULL CHECK (stage IN ('planning', 'data', 'training', 'deploying',
                                                              'production', 'paused', 'killed')),
    stage_since         timestamptz NOT NULL,
    iteration           integer     NOT NULL CHECK (iteration >= 1),
    -- NudgeState: the marks are checked against last_progress_at when read, never trusted alone.
    last_progress_at    timestamptz NOT NULL,
    last_nudge_at       timestamptz,
    ignored_nudges      integer     NOT NULL DEFAULT 0 CHECK (ignored_nudges >= 0),
    snoozed_until       timestamptz,
    stalled_at          timestamptz,
    -- ChecklistStep ids someone marked Done (steps the intake already answers are not copied here).
    steps_done          text[]      NOT NULL DEFAULT '{}',
    -- The success criteria as currently worded; who of the stakeholders agreed that wording.
    criteria            text        NOT NULL DEFAULT '',
    criteria_changed_at timestamptz,
    stakeholders        text[]      NOT NULL DEFAULT '{}',
    agreed_by           text[]      NOT NULL DEFAULT '{}',
    -- Revalidation: counted from the last validation (the start, for a project never validated).
    last_validation_at  timestamptz NOT NULL,
    cadence             text        NOT NULL CHECK (cadence IN ('1w', '2w', '4w', '8w')),
    reval_reminded_at   timestamptz,
    reval_owner_dm_at   timestamptz,
    reval_overdue_at    timestamptz,
    -- The owner's IANA time zone for working hours, when known (Slack's tz; see user_zones).
    owner_zone          text,
    -- The team is part of the key: a row can only ever belong to its own workspace's project.
    PRIMARY KEY (team_id, project_id),
    FOREIGN KEY (team_id, project_id) REFERENCES projects (team_id, id) ON DELETE CASCADE
);

-- Every stage change, never updated: "back to data, iteration 2" is history the portfolio shows.
CREATE TABLE stage_moves (
    id         bigserial   PRIMARY KEY,
    team_id    text        NOT NULL,
    project_id uuid        NOT NULL,
    from_stage text        NOT NULL CHECK (from_stage IN ('planning', 'data', 'training', 'deploying',
                                                          'production', 'paused', 'killed')),
    to_stage   text        NOT NULL CHECK (to_stage IN ('planning', 'data', 'training', 'deploying',
                                                        'production', 'paused', 'killed')),
    iteration  integer     NOT NULL CHECK (iteration >= 1),
    moved_by   text        NOT NULL,
    moved_at   timestamptz NOT NULL,
    CHECK (from_stage <> to_stage),
    FOREIGN KEY (team_id, project_id) REFERENCES projects (team_id, id) ON DELETE CASCADE
);
CREATE INDEX stage_moves_of_project ON stage_moves (team_id, project_id, id);

-- Every validation of the criteria, never updated: still valid, reworded, killed, agreed by a
-- stakeholder, or a rewording suggested. A metric given with it is a check-in (MetricTrend reads
-- them); agreed_by is who had agreed right after it, so a summary can say "agreed by 2 of 3" as it was.
CREATE TABLE validations (
    id            bigserial   PRIMARY KEY,
    team_id       text        NOT NULL,
    project_id    uuid        NOT NULL,
    validated_by  text        NOT NULL,
    validated_at  timestamptz NOT NULL,
    outcome       text        NOT NULL CHECK (outcome IN ('still_valid', 'updated', 'killed', 'agreed', 'suggested')),
    old_criteria  text        NOT NULL,
    -- The wording set (updated) or proposed (suggested); NULL when the wording stayed.
    new_criteria  text,
    metric_text   text,
    metric_number numeric,
    reason        text,
    agreed_by     text[]      NOT NULL DEFAULT '{}',
    -- A number is always read from a text someone wrote; the text is what is shown.
    CHECK (metric_number IS NULL OR metric_text IS NOT NULL),
    FOREIGN KEY (team_id, project_id) REFERENCES projects (team_id, id) ON DELETE CASCADE
);
CREATE INDEX validations_of_project ON validations (team_id, project_id, id);

-- Slack users' time zones (users.info tz), cached: one call per user now and then, not per message.
-- Not tied to a project: one owner may have many.
CREATE TABLE user_zones (
    team_id    text        NOT NULL,
    user_id    text        NOT NULL,
    tz         text        NOT NULL,
    fetched_at timestamptz NOT NULL,
    PRIMARY KEY (team_id, user_id)
);

-- Every nudge sent, never updated: that each was sent exactly once can be checked, and the weekly
-- summary can list them. number is NudgeDecision.Nudge.number(): the how-manyth since the last progress.
CREATE TABLE nudges (
    id         bigserial   PRIMARY KEY,
    team_id    text        NOT NULL,
    project_id uuid        NOT NULL,
    sent_at    timestamptz NOT NULL,
    -- The ChecklistStep id the nudge suggested.
    step_id    text        NOT NULL,
    number     integer     NOT NULL CHECK (number BETWEEN 1 AND 3),
    FOREIGN KEY (team_id, project_id) REFERENCES projects (team_id, id) ON DELETE CASCADE
);
CREATE INDEX nudges_of_project ON nudges (team_id, project_id, id);
CREATE INDEX nudges_by_time ON nudges (team_id, sent_at);
