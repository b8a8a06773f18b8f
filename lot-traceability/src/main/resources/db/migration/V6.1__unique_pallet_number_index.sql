-- Pallet numbers are unique too (a pallet is scanned by its number), after V5 made them so.
DROP INDEX CONCURRENTLY IF EXISTS idx_pallets_pallet_number;
CREATE UNIQUE INDEX CONCURRENTLY idx_pallets_pallet_number ON pallets (pallet_number);
