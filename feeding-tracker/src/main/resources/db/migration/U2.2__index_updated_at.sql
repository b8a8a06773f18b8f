DROP INDEX CONCURRENTLY IF EXISTS idx_feeding_records_updated_at;
