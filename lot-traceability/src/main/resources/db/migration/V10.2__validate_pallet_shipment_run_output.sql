SET LOCAL lock_timeout = '5s';
ALTER TABLE pallets VALIDATE CONSTRAINT pallets_shipment_fk;
ALTER TABLE production_runs VALIDATE CONSTRAINT production_runs_output_ingredient_fk;
