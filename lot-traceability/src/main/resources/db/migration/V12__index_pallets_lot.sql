-- Beyond the guide: pallets by lot. Every stock movement checks what a lot's unshipped pallets hold,
-- and traces and recalls list a lot's pallets; without it each of those read all pallets (the trace
-- benchmark: forward trace p50 270 ms at 10,000 lots, a sequential scan of pallets per call).
-- Built without blocking writers, outside a transaction; a leftover INVALID index is dropped first.
DROP INDEX CONCURRENTLY IF EXISTS idx_pallets_lot;
CREATE INDEX CONCURRENTLY idx_pallets_lot ON pallets (lot_id);
