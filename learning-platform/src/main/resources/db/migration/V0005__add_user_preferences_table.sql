-- The guide's example migration: user preferences as JSONB, one value per user and key.
-- Differences (README): no BEGIN/COMMIT (Flyway owns the transaction), text with a length check
-- instead of VARCHAR(100), gen_random_uuid(), and no separate index on user_id: the unique
-- (user_id, preference_key) index already serves lookups by user.
-- The foreign key briefly takes a SHARE ROW EXCLUSIVE lock on users: bounded by lock_timeout.
SET LOCAL lock_timeout = '5s';

CREATE TABLE user_preferences (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    preference_key text NOT NULL
        CONSTRAINT user_preferences_key_length CHECK (char_length(preference_key) BETWEEN 1 AND 100),
    preference_value jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_preferences_user_key UNIQUE (user_id, preference_key)
);
CREATE INDEX idx_user_preferences_key ON user_preferences (preference_key);

CREATE TRIGGER user_preferences_set_updated_at
    BEFORE UPDATE ON user_preferences
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
