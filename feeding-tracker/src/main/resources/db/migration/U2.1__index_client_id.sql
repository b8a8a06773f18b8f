DROP INDEX CONCURRENTLY IF EXISTS idx_feeding_records_client_id;
