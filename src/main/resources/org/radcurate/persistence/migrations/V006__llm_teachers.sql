-- Answers of LLM teachers, reused by any run that asks the same model the same prompt about the same text.
CREATE TABLE llm_cache (
    endpoint          TEXT NOT NULL,
    model             TEXT NOT NULL,
    template_version  TEXT NOT NULL,
    text_hash         TEXT NOT NULL,
    answer            TEXT NOT NULL,
    prompt_tokens     INTEGER NOT NULL,
    completion_tokens INTEGER NOT NULL,
    created_at        TEXT NOT NULL,
    PRIMARY KEY (endpoint, model, template_version, text_hash)
) WITHOUT ROWID;

-- How an LLM source was made: endpoint, model, task and the exact template (never the API key).
CREATE TABLE llm_sources (
    source_id        INTEGER PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
    endpoint         TEXT NOT NULL,
    model            TEXT NOT NULL,
    task             TEXT NOT NULL CHECK (task IN ('mc', 'open')),
    template_version TEXT NOT NULL,
    template         TEXT NOT NULL,
    settings         TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

-- Every raw answer of an LLM source, with its parse failure ('' when it was read) and flags.
CREATE TABLE llm_answers (
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    rid       INTEGER NOT NULL REFERENCES reports (rid) ON DELETE CASCADE,
    answer    TEXT NOT NULL,
    failure   TEXT NOT NULL DEFAULT '',
    flags     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (source_id, rid)
) WITHOUT ROWID;

-- Endpoints the workspace owner has allowed report text to be sent to; grants and withdrawals are audited.
CREATE TABLE llm_consent (
    endpoint   TEXT PRIMARY KEY,
    granted_by TEXT NOT NULL,
    granted_at TEXT NOT NULL
);
