-- Back to the basic tables: the enhancement's columns and constraints go, every row stays. What the
-- columns hold is lost, so the core refuses this undo while they hold data unless the caller accepts it.
SET LOCAL lock_timeout = '5s';
ALTER TABLE pallets DROP CONSTRAINT pallets_quantity_positive;
ALTER TABLE pallets DROP CONSTRAINT pallets_lot_fk;
ALTER TABLE pallets
    DROP COLUMN status,
    DROP COLUMN location,
    DROP COLUMN lot_id,
    DROP COLUMN quantity,
    DROP COLUMN unit_of_measure,
    DROP COLUMN shipped_at,
    DROP COLUMN updated_at;
ALTER TABLE production_runs DROP CONSTRAINT production_runs_recipe_fk;
ALTER TABLE production_runs
    DROP COLUMN planned_quantity,
    DROP COLUMN unit_of_measure,
    DROP COLUMN status,
    DROP COLUMN quality_status,
    DROP COLUMN location,
    DROP COLUMN started_by,
    DROP COLUMN completed_by,
    DROP COLUMN updated_at;
ALTER TABLE recipes DROP CONSTRAINT recipes_output_ingredient_fk;
ALTER TABLE recipes
    DROP COLUMN description,
    DROP COLUMN created_by,
    DROP COLUMN yield_quantity,
    DROP COLUMN yield_unit,
    DROP COLUMN output_ingredient_id,
    DROP COLUMN is_active,
    DROP COLUMN updated_at;
