-- Phase 4.1: the audit trail of a user's changes and the record of their exports.
SET LOCAL lock_timeout = '5s';
CREATE TABLE activity_logs (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    action text NOT NULL CHECK (char_length(action) <= 60),
    entity_type text NOT NULL CHECK (char_length(entity_type) <= 60),
    entity_id text CHECK (char_length(entity_id) <= 200),
    details jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_activity_logs_user_created ON activity_logs (user_id, created_at DESC, id DESC);

CREATE TABLE data_exports (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    format text NOT NULL CHECK (format IN ('csv', 'pdf')),
    range_from date,
    range_to date,
    row_count bigint NOT NULL CHECK (row_count >= 0),
    byte_count bigint NOT NULL CHECK (byte_count >= 0),
    sha256 text NOT NULL CHECK (char_length(sha256) = 64),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_data_exports_user_created ON data_exports (user_id, created_at DESC);
