-- The guide's performance index (its "Create additional indexes"): runs by date. Built without
-- blocking writers, outside a transaction; a leftover INVALID index of a failed build is dropped first.
DROP INDEX CONCURRENTLY IF EXISTS idx_production_runs_date_range;
CREATE INDEX CONCURRENTLY idx_production_runs_date_range ON production_runs (actual_start_time, actual_end_time);
