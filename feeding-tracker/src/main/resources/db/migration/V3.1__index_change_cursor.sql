-- The keyset order of a pull: (change_xid, id). Built without blocking writers, outside a transaction.
DROP INDEX CONCURRENTLY IF EXISTS idx_feeding_records_change;
CREATE INDEX CONCURRENTLY idx_feeding_records_change ON feeding_records (change_xid, id);
