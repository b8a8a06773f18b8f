-- Phase 1.2: one profile per user, filled from users as the guide says. The profile holds what the
-- web app kept in localStorage userSettings (goals, body, time zone); the import fills it.
-- user_id is UNIQUE, so its index already exists: the guide's idx_user_profiles_user_id would be a
-- second copy of it and is not built. A user created by the previous release after this script
-- ran has no profile yet: the application creates it on first use (INSERT ... ON CONFLICT DO NOTHING).
SET LOCAL lock_timeout = '5s';
CREATE TABLE user_profiles (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id text NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    daily_protein_goal numeric(6, 1) CHECK (daily_protein_goal BETWEEN 0 AND 1000),
    daily_calorie_goal numeric(7, 1) CHECK (daily_calorie_goal BETWEEN 0 AND 20000),
    weight_kg numeric(5, 1) CHECK (weight_kg BETWEEN 0 AND 1000),
    height_cm numeric(5, 1) CHECK (height_cm BETWEEN 0 AND 300),
    activity_level text CHECK (char_length(activity_level) <= 40),
    timezone text NOT NULL DEFAULT 'UTC' CHECK (char_length(timezone) <= 64),
    theme text CHECK (char_length(theme) <= 40),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO user_profiles (user_id, created_at, updated_at)
SELECT id, created_at, updated_at FROM users ORDER BY created_at, id;
