-- Phase 2: the guide's data migration from localStorage runs in the application (POST
-- /api/me/import); this table is its "migration status tracking": one row per import with the
-- SHA-256 of what was imported and the report (every record imported, merged or rejected).
SET LOCAL lock_timeout = '5s';
CREATE TABLE imports (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    source_sha256 text NOT NULL CHECK (char_length(source_sha256) = 64),
    status text NOT NULL CHECK (status IN ('completed', 'unchanged')),
    report jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_imports_user_id ON imports (user_id, id DESC);
