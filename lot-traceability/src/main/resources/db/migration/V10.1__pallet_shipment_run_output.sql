-- A pallet names the shipment it left in; a run names what it makes (its output lot's ingredient).
-- Nullable, catalog-only; the foreign keys are NOT VALID (enforced for new rows) and validated by
-- V10.2, in a transaction of its own.
SET LOCAL lock_timeout = '5s';
ALTER TABLE pallets ADD COLUMN shipment_id bigint;
ALTER TABLE pallets ADD CONSTRAINT pallets_shipment_fk FOREIGN KEY (shipment_id) REFERENCES shipments (id) NOT VALID;
ALTER TABLE production_runs ADD COLUMN output_ingredient_id bigint;
ALTER TABLE production_runs ADD CONSTRAINT production_runs_output_ingredient_fk
    FOREIGN KEY (output_ingredient_id) REFERENCES ingredients (id) NOT VALID;
