-- A source that a long job is still writing (pending = 1), or one that a finished job has
-- replaced and whose rows are being deleted (pending = 2). Screens and queries see only
-- pending = 0, so a job can commit in chunks without showing half its labels.
ALTER TABLE sources ADD COLUMN pending INTEGER NOT NULL DEFAULT 0;
