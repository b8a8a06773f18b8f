DROP INDEX CONCURRENTLY IF EXISTS idx_pallets_status_location;
