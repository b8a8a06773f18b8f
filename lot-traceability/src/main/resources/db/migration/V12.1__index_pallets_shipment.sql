-- Beyond the guide: pallets by shipment (a shipment's answer lists its pallets). Built without
-- blocking writers, outside a transaction; a leftover INVALID index is dropped first.
DROP INDEX CONCURRENTLY IF EXISTS idx_pallets_shipment;
CREATE INDEX CONCURRENTLY idx_pallets_shipment ON pallets (shipment_id);
