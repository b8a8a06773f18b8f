-- The guide's migration, step 3 of 4: the guide's sync reads by updated_at (the ISO since= form).
DROP INDEX CONCURRENTLY IF EXISTS idx_feeding_records_updated_at;
CREATE INDEX CONCURRENTLY idx_feeding_records_updated_at ON feeding_records (updated_at);
