-- The guide's migration, step 4 of 4: the feeding list is ordered by feeding_time.
DROP INDEX CONCURRENTLY IF EXISTS idx_feeding_records_feeding_time;
CREATE INDEX CONCURRENTLY idx_feeding_records_feeding_time ON feeding_records (feeding_time);
