DROP INDEX CONCURRENTLY IF EXISTS idx_production_runs_date_range;
