-- Every assessment of a project is kept: a re-assessment (archetype changed, answer edited) is a new
-- version, so the portfolio can show how a project moved.
CREATE TABLE assessments (
    id                    bigserial    PRIMARY KEY,
    team_id               text         NOT NULL,
    project_id            uuid         NOT NULL,
    version               integer      NOT NULL,
    model_version         text         NOT NULL,
    trigger               text         NOT NULL CHECK (trigger IN ('intake_completed', 'archetype_changed', 'answer_edited')),
    suggested_archetype   text         NOT NULL,
    suggestion_confident  boolean      NOT NULL,
    -- What the proposer confirmed or chose; NULL until they do.
    confirmed_archetype   text,
    archetype             text         NOT NULL,
    impact                numeric(2,1) NOT NULL CHECK (impact BETWEEN 1.0 AND 5.0),
    feasibility           numeric(2,1) NOT NULL CHECK (feasibility BETWEEN 1.0 AND 5.0),
    quadrant              text         NOT NULL,
    red_flags             text[]       NOT NULL,
    next_steps            text[]       NOT NULL,
    dont_build            boolean      NOT NULL,
    -- The answers this version was computed from, by question key.
    inputs                jsonb        NOT NULL,
    created_by            text         NOT NULL,
    created_at            timestamptz  NOT NULL,
    acknowledged_by       text,
    acknowledged_at       timestamptz,
    UNIQUE (project_id, version),
    FOREIGN KEY (team_id, project_id) REFERENCES projects (team_id, id) ON DELETE CASCADE
);
CREATE INDEX assessments_latest ON assessments (team_id, project_id, version DESC);
