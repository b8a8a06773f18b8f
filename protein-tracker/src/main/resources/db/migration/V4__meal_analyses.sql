-- Phase 3.1: the AI analysis of a meal (the web app's aiAnalysis: a confidence and the foods it
-- recognised), one per meal.
SET LOCAL lock_timeout = '5s';
CREATE TABLE meal_analyses (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meal_entry_id bigint NOT NULL UNIQUE REFERENCES meal_entries (id) ON DELETE CASCADE,
    confidence numeric(4, 3) CHECK (confidence BETWEEN 0 AND 1),
    foods jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(foods) = 'array'),
    created_at timestamptz NOT NULL DEFAULT now()
);
