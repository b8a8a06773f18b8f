-- V1734567890000: initial database setup
--
-- What: users with their roles, courses and their episodes: the Course Tracker's first schema.
-- Why:  seed 001's first migration. Users are keyed by uuid because the guide's
--       user_preferences.user_id references users(id) as a uuid. first_name and last_name may be
--       NULL, as in the guide's data; V1734567890005 derives full_name from them and copes with that.
--       E-mail addresses are stored lower-cased (the application does it; the CHECK keeps it so), so
--       that the plain unique constraint is also case-insensitive.
--
-- Undone by U1734567890000__initial_database_setup.sql.

CREATE TABLE users (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email text NOT NULL UNIQUE CHECK (char_length(email) <= 255 AND email = lower(email)),
    password_hash text NOT NULL,
    first_name text CHECK (char_length(first_name) <= 100),
    last_name text CHECK (char_length(last_name) <= 100),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE user_roles (
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role text NOT NULL CHECK (role IN ('learner', 'instructor', 'migration-admin')),
    PRIMARY KEY (user_id, role)
);

CREATE TABLE courses (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    description text CHECK (char_length(description) <= 5000),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE episodes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    course_id bigint NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    episode_number bigint NOT NULL CHECK (episode_number >= 1),
    title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    duration_seconds bigint CHECK (duration_seconds >= 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT episodes_course_number_key UNIQUE (course_id, episode_number)
);
