CREATE TABLE runs (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL,
    kind              TEXT NOT NULL,
    config            TEXT NOT NULL,
    device            TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'CANCELLED', 'FAILED', 'FINISHED')),
    artifact_dir      TEXT NOT NULL,
    student_source_id INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL
);

CREATE TABLE run_metrics (
    run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    epoch  INTEGER NOT NULL,
    name   TEXT NOT NULL,
    value  REAL NOT NULL,
    at     TEXT NOT NULL,
    PRIMARY KEY (run_id, epoch, name)
) WITHOUT ROWID;

CREATE TABLE evaluations (
    id         INTEGER PRIMARY KEY,
    gold_set   TEXT NOT NULL,
    split      TEXT NOT NULL,
    policy     TEXT NOT NULL,
    sources    TEXT NOT NULL,
    metrics    TEXT NOT NULL,
    created_at TEXT NOT NULL
);
