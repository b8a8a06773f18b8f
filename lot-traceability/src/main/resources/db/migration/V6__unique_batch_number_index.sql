-- The guide's unique batch number, after V5 removed the duplicates. Built without blocking writers:
-- Flyway runs this script outside a transaction. A failed build leaves an INVALID index behind, so
-- the script drops any leftover first and can simply be rerun.
DROP INDEX CONCURRENTLY IF EXISTS idx_production_runs_batch_number;
CREATE UNIQUE INDEX CONCURRENTLY idx_production_runs_batch_number ON production_runs (batch_number);
