CREATE TABLE workspace_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE reports (
    rid         INTEGER PRIMARY KEY,
    ext_id      TEXT NOT NULL UNIQUE,
    dataset     TEXT NOT NULL,
    split       TEXT NOT NULL CHECK (split IN ('train', 'dev', 'test', 'none')),
    text        TEXT NOT NULL,
    sections    TEXT NOT NULL,
    preview     TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE INDEX reports_split ON reports (split);
CREATE INDEX reports_dataset ON reports (dataset);

CREATE TABLE schemas (
    name       TEXT PRIMARY KEY,
    definition TEXT NOT NULL
);

CREATE TABLE sources (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (kind IN ('TEACHER', 'STUDENT', 'ANNOTATOR', 'GOLD')),
    schema     TEXT NOT NULL,
    detail     TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE labels (
    source_id   INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    rid         INTEGER NOT NULL REFERENCES reports (rid) ON DELETE CASCADE,
    finding     TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('POSITIVE', 'NEGATIVE', 'UNCERTAIN', 'ABSENT')),
    probability REAL,
    evidence    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (source_id, rid, finding)
) WITHOUT ROWID;
CREATE INDEX labels_report ON labels (rid, source_id);

CREATE TABLE concepts (
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    rid       INTEGER NOT NULL REFERENCES reports (rid) ON DELETE CASCADE,
    code      TEXT NOT NULL,
    phrase    TEXT NOT NULL,
    evidence  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (source_id, rid, code)
) WITHOUT ROWID;
CREATE INDEX concepts_report ON concepts (rid, source_id);
