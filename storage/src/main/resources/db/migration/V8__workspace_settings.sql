-- Workspace settings (issue 9): where and when the weekly summary goes, the nudges' idle days and the
-- re-check cadence a project gets by default. One row per workspace, written whole by whoever saves
-- the settings modal; every change is also appended to settings_changes, which nobody updates.
--
-- A workspace without a row has the defaults (Monday 09:00, no channel, 7 days, every 2 weeks) in the
-- zone the bot is given; the bot writes a row with those defaults the first time it asks someone to
-- choose a channel, so the zone of that first person sticks.
CREATE TABLE workspace_settings (
    team_id            text        PRIMARY KEY,
    -- A channel id; NULL until someone chooses one (no summary is posted before).
    summary_channel    text,
    summary_day        text        NOT NULL CHECK (summary_day IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY',
                                                                   'FRIDAY', 'SATURDAY', 'SUNDAY')),
    summary_hour       integer     NOT NULL CHECK (summary_hour BETWEEN 0 AND 23),
    -- An IANA zone id (Europe/Berlin): the summary's hour and day are on its wall clock.
    time_zone          text        NOT NULL,
    nudge_days         integer     NOT NULL CHECK (nudge_days BETWEEN 3 AND 30),
    default_cadence    text        NOT NULL CHECK (default_cadence IN ('1w', '2w', '4w', '8w')),
    -- The one direct message asking for a channel: set once, by an INSERT … ON CONFLICT that only one
    -- request (of any replica) can win, so nobody is asked twice.
    channel_asked_at   timestamptz,
    channel_asked_user text,
    updated_at         timestamptz NOT NULL
);

-- Who changed which setting, when, from what to what (values as text; NULL for "no channel", or for a
-- zone that had never been chosen). Append-only.
CREATE TABLE settings_changes (
    id         bigserial   PRIMARY KEY,
    team_id    text        NOT NULL,
    changed_by text        NOT NULL,
    changed_at timestamptz NOT NULL,
    field      text        NOT NULL CHECK (field IN ('summary_channel', 'day', 'hour', 'zone', 'nudge_days',
                                                     'default_cadence')),
    old_value  text,
    new_value  text,
    CHECK (old_value IS DISTINCT FROM new_value)
);
CREATE INDEX settings_changes_of_team ON settings_changes (team_id, id);
