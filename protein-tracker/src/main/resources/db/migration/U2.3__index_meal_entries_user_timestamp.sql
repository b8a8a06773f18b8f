DROP INDEX CONCURRENTLY IF EXISTS idx_meal_entries_user_timestamp;
