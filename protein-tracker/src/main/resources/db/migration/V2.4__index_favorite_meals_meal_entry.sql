-- Phase 1.4: the guide's idx_favorite_meals_user_id is already covered by UNIQUE (user_id,
-- source_id), whose index starts with user_id. What is missing is an index on the link to the
-- meal: without it every meal deletion scans favorite_meals for ON DELETE SET NULL.
DROP INDEX CONCURRENTLY IF EXISTS idx_favorite_meals_meal_entry_id;
CREATE INDEX CONCURRENTLY idx_favorite_meals_meal_entry_id ON favorite_meals (meal_entry_id);
