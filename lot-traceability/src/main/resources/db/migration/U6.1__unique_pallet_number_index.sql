-- Also gone already when U8 dropped the constraint that had taken it over.
DROP INDEX CONCURRENTLY IF EXISTS idx_pallets_pallet_number;
