-- Phase 3.2: daily summaries recompute one user's day at a time; this index makes that a range
-- read. Built before the summaries and their trigger (V4.2), not "after the data migration" as the
-- guide advises for its indexes: the trigger reads it on every write.
DROP INDEX CONCURRENTLY IF EXISTS idx_meal_entries_user_date;
CREATE INDEX CONCURRENTLY idx_meal_entries_user_date ON meal_entries (user_id, meal_date) INCLUDE (protein_grams, calories);
