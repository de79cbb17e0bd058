-- When a report was shown to an annotator in Annotate. Edits are already timed in audit_log; with these the
-- time ledger knows when work on a report began, not only when its first edit came. Older workspaces simply
-- have no rows: their ledger rests on the audit log's edit times alone.
CREATE TABLE annotation_events (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    annotator TEXT NOT NULL,
    report_id TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('open'))
);
CREATE INDEX annotation_events_by_annotator ON annotation_events (annotator, at);
