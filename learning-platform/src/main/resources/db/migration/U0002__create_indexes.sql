-- Undoes 0002 without blocking writers.
DROP INDEX CONCURRENTLY IF EXISTS users_country_code;
DROP INDEX CONCURRENTLY IF EXISTS items_topic_difficulty;
DROP INDEX CONCURRENTLY IF EXISTS items_difficulty;
