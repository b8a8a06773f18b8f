-- The core's own bookkeeping, in schema migration_core with its own Flyway history, so that it never
-- mixes with a service's migrations. Every table here is new, so no online-DDL care is needed.

CREATE TABLE migration_run (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind          text        NOT NULL CHECK (kind IN ('migrate', 'undo', 'backfill', 'validate')),
    name          text        NOT NULL,
    version       text,
    direction     text        NOT NULL CHECK (direction IN ('up', 'down', 'none')),
    triggered_by  text        NOT NULL,
    started_at    timestamptz NOT NULL,
    finished_at   timestamptz NOT NULL,
    duration_ms   bigint      NOT NULL,
    success       boolean     NOT NULL,
    error_message text
);

CREATE INDEX migration_run_started_at_idx ON migration_run (started_at DESC, id DESC);

-- A backfill walks the key range [key_low, key_high] fixed when it starts; rows added later are the
-- application's to fill (expand/contract). next_key is the exclusive lower bound of the next range
-- nobody has claimed yet.
CREATE TABLE backfill_job (
    name              text        PRIMARY KEY,
    target_table      text        NOT NULL,
    key_column        text        NOT NULL,
    status            text        NOT NULL CHECK (status IN ('running', 'cancelled', 'completed', 'failed')),
    key_low           bigint,
    key_high          bigint,
    next_key          bigint,
    batch_size        bigint      NOT NULL,
    total_keys        bigint      NOT NULL,
    cancel_requested  boolean     NOT NULL DEFAULT false,
    started_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    finished_at       timestamptz,
    last_error        text
);

-- One claimed key range (from_key, to_key]. done_at is set in the same transaction as the change,
-- which is what makes every row change exactly once however often a runner dies.
CREATE TABLE backfill_range (
    job_name      text        NOT NULL REFERENCES backfill_job (name) ON DELETE CASCADE,
    from_key      bigint      NOT NULL,
    to_key        bigint      NOT NULL,
    key_count     bigint      NOT NULL,
    rows_changed  bigint,
    hold_ms       bigint,
    claimed_at    timestamptz NOT NULL,
    done_at       timestamptz,
    PRIMARY KEY (job_name, from_key)
);

CREATE INDEX backfill_range_open_idx ON backfill_range (job_name, from_key) WHERE done_at IS NULL;
