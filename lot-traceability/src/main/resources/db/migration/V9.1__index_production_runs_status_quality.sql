-- The guide's performance index (its "Create additional indexes"): runs by status and quality. Built without
-- blocking writers, outside a transaction; a leftover INVALID index of a failed build is dropped first.
DROP INDEX CONCURRENTLY IF EXISTS idx_production_runs_status_quality;
CREATE INDEX CONCURRENTLY idx_production_runs_status_quality ON production_runs (status, quality_status, created_at);
