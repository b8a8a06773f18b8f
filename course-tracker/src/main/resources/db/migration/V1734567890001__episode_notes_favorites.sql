-- V1734567890001: episode notes and favorites
--
-- What: a user's notes on episodes, and a user's favorite courses.
-- Why:  seed 001's second migration. Both belong to one user and go with them (ON DELETE CASCADE).
--       The index that lists a user's notes newest first comes in V1734567890004, built concurrently
--       as it would have to be once the table is in use.
--
-- Undone by U1734567890001__episode_notes_favorites.sql.

-- The new tables reference existing ones: creating the foreign keys briefly locks users, episodes
-- and courses, so do not queue behind a long transaction on them.
SET LOCAL lock_timeout = '5s';

CREATE TABLE episode_notes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    episode_id bigint NOT NULL REFERENCES episodes (id) ON DELETE CASCADE,
    content text NOT NULL CHECK (char_length(content) BETWEEN 1 AND 10000),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_episode_notes_episode_id ON episode_notes (episode_id);

CREATE TABLE favorites (
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course_id bigint NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, course_id)
);

CREATE INDEX idx_favorites_course_id ON favorites (course_id);
