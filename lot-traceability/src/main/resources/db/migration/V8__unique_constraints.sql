-- The unique indexes of V6 and V6.1 become unique constraints (instant: the index exists), so the
-- guide's integrity check (information_schema.table_constraints, type UNIQUE) lists them.
SET LOCAL lock_timeout = '5s';
ALTER TABLE production_runs ADD CONSTRAINT production_runs_batch_number_key
    UNIQUE USING INDEX idx_production_runs_batch_number;
ALTER TABLE pallets ADD CONSTRAINT pallets_pallet_number_key UNIQUE USING INDEX idx_pallets_pallet_number;
