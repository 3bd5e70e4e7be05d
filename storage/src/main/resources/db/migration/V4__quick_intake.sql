-- The quick intake (8 questions) is the default for new projects; projects stored before it keep the
-- full questionnaire they started with.
ALTER TABLE projects ADD COLUMN intake_mode text NOT NULL DEFAULT 'full' CHECK (intake_mode IN ('quick', 'full'));
ALTER TABLE projects ALTER COLUMN intake_mode SET DEFAULT 'quick';

-- The one live question message of the intake, edited in place as the questions go by: its ts once
-- it is posted. A re-opened answer posts a new one, which takes its place.
ALTER TABLE projects ADD COLUMN question_ts text;
