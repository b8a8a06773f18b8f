DROP INDEX CONCURRENTLY IF EXISTS idx_favorite_meals_meal_entry_id;
