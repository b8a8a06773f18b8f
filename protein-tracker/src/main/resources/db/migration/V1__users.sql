-- The guide's "before" schema: the minimal Prisma User model, as the running release stores it.
-- Prisma's cuid() ids are text made by the application, so there is no identity here. Column names
-- are snake_case because the guide's own Phase 1 SQL reads users.created_at and users.updated_at.
-- Emails are stored trimmed and lower-cased by the application; the unique constraint is the guard.
CREATE TABLE users (
    id text PRIMARY KEY CHECK (char_length(id) BETWEEN 1 AND 64),
    email text NOT NULL UNIQUE CHECK (char_length(email) <= 320),
    username text NOT NULL UNIQUE CHECK (char_length(username) <= 64),
    password text NOT NULL,
    first_name text,
    last_name text,
    avatar text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
