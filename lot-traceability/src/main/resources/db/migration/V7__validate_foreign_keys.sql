-- V4's constraints, validated in a transaction of their own after V5 repaired the runs that named a
-- missing recipe: VALIDATE takes a SHARE UPDATE EXCLUSIVE lock, so reads and writes go on.
SET LOCAL lock_timeout = '5s';
ALTER TABLE production_runs VALIDATE CONSTRAINT production_runs_recipe_fk;
ALTER TABLE recipes VALIDATE CONSTRAINT recipes_output_ingredient_fk;
ALTER TABLE pallets VALIDATE CONSTRAINT pallets_lot_fk;
ALTER TABLE pallets VALIDATE CONSTRAINT pallets_quantity_positive;
