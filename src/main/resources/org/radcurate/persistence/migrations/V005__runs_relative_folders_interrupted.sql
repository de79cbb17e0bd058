-- foreign_keys: off
-- A run's folder is stored relative to <workspace>.runs/, so a copied or moved workspace never
-- trains into, resumes from or loses another one's model; a run a crash left RUNNING becomes
-- INTERRUPTED when the workspace opens. SQLite cannot change a CHECK in place: the table is
-- rebuilt (with foreign keys off, so run_metrics keeps its rows).
CREATE TABLE runs_v4 (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL,
    kind              TEXT NOT NULL,
    config            TEXT NOT NULL,
    device            TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'CANCELLED', 'FAILED', 'FINISHED',
                                                      'INTERRUPTED')),
    folder            TEXT NOT NULL,
    student_source_id INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL
);

INSERT INTO runs_v4 (id, name, kind, config, device, status, folder, student_source_id, created_at)
SELECT id, name, kind, config, device, status,
       substr(base, length(rtrim(base, replace(base, '\', ''))) + 1),
       student_source_id, created_at
FROM (SELECT *, substr(artifact_dir, length(rtrim(artifact_dir, replace(artifact_dir, '/', ''))) + 1) AS base
      FROM runs);

DROP TABLE runs;

ALTER TABLE runs_v4 RENAME TO runs;
