-- A flag is a mark for follow-up that stays until removed, whatever the report's status: it gets a
-- column of its own. A report flagged under the old scheme (status FLAGGED) keeps its flag and is to
-- do again, which is what FLAGGED meant for the queue.
ALTER TABLE annotation_status ADD COLUMN flagged INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1));
UPDATE annotation_status SET flagged = 1, status = 'TODO' WHERE status = 'FLAGGED';
