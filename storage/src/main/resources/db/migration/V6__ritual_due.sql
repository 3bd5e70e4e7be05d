-- When a project's ritual work is next due (issue 8, docs/decisions/0012, "Scheduling"): the
-- scheduler's sweep reads the rows whose time has come instead of deciding about every project on
-- every run. It is written in the same transaction as the state it is computed from, so state and
-- "when next" never disagree. NULL: nothing will come as things stand (past planning, stalled),
-- until someone acts and the bot computes it again.
ALTER TABLE project_rituals ADD COLUMN next_due_at timestamptz;

-- Only rows with something due are in the index: the sweep's query is one short index scan.
CREATE INDEX project_rituals_due ON project_rituals (next_due_at) WHERE next_due_at IS NOT NULL;
