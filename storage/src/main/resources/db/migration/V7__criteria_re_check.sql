-- Criteria re-check (issue 8). Stakeholder sign-off: who was asked to confirm which wording of a project's criteria.
-- "Ask stakeholders to confirm" sends each stakeholder one direct message per wording: the unique key
-- makes a second click, a retried request or a second replica ask nobody twice. New wording, new
-- asks (the agreements were cleared with it). Append-only; the weekly summary can show who was asked.
CREATE TABLE sign_off_requests (
    id          bigserial   PRIMARY KEY,
    team_id     text        NOT NULL,
    project_id  uuid        NOT NULL,
    stakeholder text        NOT NULL,
    criteria    text        NOT NULL,
    asked_by    text        NOT NULL,
    asked_at    timestamptz NOT NULL,
    FOREIGN KEY (team_id, project_id) REFERENCES projects (team_id, id) ON DELETE CASCADE
);
-- Criteria can be long: their digest keeps the key small.
CREATE UNIQUE INDEX sign_off_requests_once ON sign_off_requests (team_id, project_id, stakeholder, md5(criteria));

-- The criteria re-check is now a reason for next_due_at as well as the nudges. A row that had nothing
-- due (stalled, or every checklist step done) may now have a re-check coming: the sweep looks at it
-- once and writes its next due time by the new rules. Paused and killed projects re-check nothing.
UPDATE project_rituals SET next_due_at = now()
WHERE next_due_at IS NULL AND stage NOT IN ('paused', 'killed');
