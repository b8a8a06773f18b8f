-- The guide's 0002: the indexes the service's reads need, built without blocking writers (Flyway
-- runs this script outside a transaction). A failed build leaves an INVALID index behind, so each
-- is dropped first and the script can simply be rerun. The attempts indexes are in 0001: a
-- partitioned table's index cannot be built CONCURRENTLY.

-- The next item: the items whose difficulty is nearest a target, by topic or over all topics.
DROP INDEX CONCURRENTLY IF EXISTS items_difficulty;
CREATE INDEX CONCURRENTLY items_difficulty ON items (difficulty);
DROP INDEX CONCURRENTLY IF EXISTS items_topic_difficulty;
CREATE INDEX CONCURRENTLY items_topic_difficulty ON items (topic, difficulty);

-- Learners by country, for the reports.
DROP INDEX CONCURRENTLY IF EXISTS users_country_code;
CREATE INDEX CONCURRENTLY users_country_code ON users (country_code);
