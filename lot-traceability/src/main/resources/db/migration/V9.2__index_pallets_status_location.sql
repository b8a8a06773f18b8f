-- The guide's performance index (its "Create additional indexes"): pallets by status and location. Built without
-- blocking writers, outside a transaction; a leftover INVALID index of a failed build is dropped first.
DROP INDEX CONCURRENTLY IF EXISTS idx_pallets_status_location;
CREATE INDEX CONCURRENTLY idx_pallets_status_location ON pallets (status, location);
