-- Phase 2 for many users: POST /api/imports stages an NDJSON file (one export per line) here and
-- imports it as a job of the core's backfill machinery, which walks import_lines.id in batches; a
-- line's outcome is written in the transaction that imported it, together with the batch's
-- checkpoint, so a job killed midway and resumed imports every line exactly once.
SET LOCAL lock_timeout = '5s';
CREATE TABLE import_jobs (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_sha256 text NOT NULL CHECK (char_length(source_sha256) = 64),
    batch_size bigint NOT NULL CHECK (batch_size BETWEEN 1 AND 10000),
    state text NOT NULL CHECK (state IN ('running', 'completed', 'failed')),
    lines_total bigint NOT NULL CHECK (lines_total >= 0),
    submitted_by text NOT NULL CHECK (char_length(submitted_by) <= 320),
    last_error text,
    created_at timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz
);

-- The same file submitted again while it is being imported is that job, not a second one.
CREATE UNIQUE INDEX idx_import_jobs_running_source ON import_jobs (source_sha256) WHERE state = 'running';

-- outcome is NULL until the line's batch commits: imported (something was written), unchanged
-- (everything was there already) or rejected (the whole line, with its reason; nothing written).
CREATE TABLE import_lines (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id bigint NOT NULL REFERENCES import_jobs (id) ON DELETE CASCADE,
    line_no bigint NOT NULL CHECK (line_no >= 1),
    body text NOT NULL,
    outcome text CHECK (outcome IN ('imported', 'unchanged', 'rejected')),
    reason text,
    email text,
    user_id text REFERENCES users (id) ON DELETE SET NULL,
    import_id bigint REFERENCES imports (id) ON DELETE SET NULL,
    meals_input bigint NOT NULL DEFAULT 0,
    meals_imported bigint NOT NULL DEFAULT 0,
    meals_already_imported bigint NOT NULL DEFAULT 0,
    meals_merged bigint NOT NULL DEFAULT 0,
    meals_rejected bigint NOT NULL DEFAULT 0,
    UNIQUE (job_id, line_no),
    CHECK ((outcome = 'rejected') = (reason IS NOT NULL))
);

CREATE INDEX idx_import_lines_job_id ON import_lines (job_id, id);
