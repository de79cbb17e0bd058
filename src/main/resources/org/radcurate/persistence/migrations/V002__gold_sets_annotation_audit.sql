CREATE TABLE gold_sets (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    version      INTEGER NOT NULL,
    note         TEXT NOT NULL,
    schema       TEXT NOT NULL,
    report_count INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    UNIQUE (name, version)
);

CREATE TABLE gold_set_labels (
    gold_set_id INTEGER NOT NULL REFERENCES gold_sets (id),
    rid         INTEGER NOT NULL REFERENCES reports (rid),
    finding     TEXT NOT NULL,
    state       TEXT NOT NULL,
    PRIMARY KEY (gold_set_id, rid, finding)
) WITHOUT ROWID;

CREATE TABLE gold_set_concepts (
    gold_set_id INTEGER NOT NULL REFERENCES gold_sets (id),
    rid         INTEGER NOT NULL REFERENCES reports (rid),
    code        TEXT NOT NULL,
    phrase      TEXT NOT NULL,
    PRIMARY KEY (gold_set_id, rid, code)
) WITHOUT ROWID;

-- Snapshots are frozen: the database itself refuses to change them.
CREATE TRIGGER gold_sets_frozen_update BEFORE UPDATE ON gold_sets
BEGIN SELECT RAISE(ABORT, 'gold sets are frozen'); END;
CREATE TRIGGER gold_sets_frozen_delete BEFORE DELETE ON gold_sets
BEGIN SELECT RAISE(ABORT, 'gold sets are frozen'); END;
CREATE TRIGGER gold_set_labels_frozen_update BEFORE UPDATE ON gold_set_labels
BEGIN SELECT RAISE(ABORT, 'gold sets are frozen'); END;
CREATE TRIGGER gold_set_labels_frozen_delete BEFORE DELETE ON gold_set_labels
BEGIN SELECT RAISE(ABORT, 'gold sets are frozen'); END;
CREATE TRIGGER gold_set_concepts_frozen_update BEFORE UPDATE ON gold_set_concepts
BEGIN SELECT RAISE(ABORT, 'gold sets are frozen'); END;
CREATE TRIGGER gold_set_concepts_frozen_delete BEFORE DELETE ON gold_set_concepts
BEGIN SELECT RAISE(ABORT, 'gold sets are frozen'); END;

CREATE TABLE annotation_status (
    rid        INTEGER NOT NULL REFERENCES reports (rid) ON DELETE CASCADE,
    annotator  TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('TODO', 'DONE', 'FLAGGED', 'SKIPPED')),
    comment    TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (rid, annotator)
) WITHOUT ROWID;
CREATE INDEX annotation_status_by_status ON annotation_status (annotator, status);

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    who       TEXT NOT NULL,
    action    TEXT NOT NULL,
    report_id TEXT NOT NULL,
    target    TEXT NOT NULL,
    before    TEXT NOT NULL,
    after     TEXT NOT NULL
);
CREATE INDEX audit_log_report ON audit_log (report_id);

-- Append-only: history is never rewritten.
CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
