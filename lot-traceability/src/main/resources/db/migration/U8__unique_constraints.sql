-- Dropping a constraint drops the index it took over (renamed to the constraint's name); U6 and
-- U6.1 then find nothing left to drop.
SET LOCAL lock_timeout = '5s';
ALTER TABLE pallets DROP CONSTRAINT pallets_pallet_number_key;
ALTER TABLE production_runs DROP CONSTRAINT production_runs_batch_number_key;
