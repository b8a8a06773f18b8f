-- Phase 1.3: the nutrition tables. source_id is the id the web app gave a meal or favourite in
-- localStorage (or one derived from its content), unique per user so that a re-import finds it.
-- meal_date is the meal's day in the user's time zone when it was written: daily summaries group
-- by it, so a user moving to another zone does not move their history to other days.
SET LOCAL lock_timeout = '5s';
CREATE TABLE meal_entries (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    source_id text CHECK (char_length(source_id) <= 200),
    description text NOT NULL CHECK (char_length(description) BETWEEN 1 AND 500),
    protein_grams numeric(6, 1) NOT NULL CHECK (protein_grams BETWEEN 0 AND 500),
    calories numeric(7, 1) CHECK (calories BETWEEN 0 AND 10000),
    meal_type text CHECK (meal_type IN ('breakfast', 'lunch', 'dinner', 'snack')),
    meal_timestamp timestamptz NOT NULL,
    meal_date date NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (user_id, source_id)
);

CREATE TABLE favorite_meals (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    source_id text CHECK (char_length(source_id) <= 200),
    name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    protein_grams numeric(6, 1) NOT NULL CHECK (protein_grams BETWEEN 0 AND 500),
    calories numeric(7, 1) CHECK (calories BETWEEN 0 AND 10000),
    meal_entry_id bigint REFERENCES meal_entries (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (user_id, source_id)
);
