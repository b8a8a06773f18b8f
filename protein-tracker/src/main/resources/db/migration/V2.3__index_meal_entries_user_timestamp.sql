-- Phase 1.4: the guide's critical index, built without blocking writers; Flyway runs this script
-- outside a transaction. A failed build leaves an INVALID index: the script drops it first, so a
-- rerun after a repair succeeds.
DROP INDEX CONCURRENTLY IF EXISTS idx_meal_entries_user_timestamp;
CREATE INDEX CONCURRENTLY idx_meal_entries_user_timestamp ON meal_entries (user_id, meal_timestamp DESC);
