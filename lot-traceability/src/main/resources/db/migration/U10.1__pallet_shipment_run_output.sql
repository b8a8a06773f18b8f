-- Refused by the core while a pallet names its shipment or a run its output, unless the caller
-- accepts the loss.
SET LOCAL lock_timeout = '5s';
ALTER TABLE production_runs DROP CONSTRAINT production_runs_output_ingredient_fk;
ALTER TABLE production_runs DROP COLUMN output_ingredient_id;
ALTER TABLE pallets DROP CONSTRAINT pallets_shipment_fk;
ALTER TABLE pallets DROP COLUMN shipment_id;
