-- The enhancement, step 3: ProductionRun, Pallet and Recipe enhanced. Every new column is nullable
-- or has a constant default, so adding it only touches the catalog (no rewrite of a busy table);
-- V5 fills the legacy rows with the guide's defaults. The foreign keys are added NOT VALID (enforced
-- for new rows at once) and validated by V7, after V5 has repaired the rows that would fail them.
SET LOCAL lock_timeout = '5s';

ALTER TABLE recipes
    ADD COLUMN description text,
    ADD COLUMN created_by text,
    ADD COLUMN yield_quantity numeric(14, 3),
    ADD COLUMN yield_unit text,
    -- What a run of this recipe makes (an ingredient of type INTERMEDIATE or FINISHED_PRODUCT).
    ADD COLUMN output_ingredient_id bigint,
    ADD COLUMN is_active boolean NOT NULL DEFAULT true,
    ADD COLUMN updated_at timestamptz;
ALTER TABLE recipes ADD CONSTRAINT recipes_output_ingredient_fk
    FOREIGN KEY (output_ingredient_id) REFERENCES ingredients (id) NOT VALID;

ALTER TABLE production_runs
    ADD COLUMN planned_quantity numeric(14, 3),
    ADD COLUMN unit_of_measure text,
    ADD COLUMN status batch_status,
    ADD COLUMN quality_status quality_status,
    ADD COLUMN location text,
    ADD COLUMN started_by text,
    ADD COLUMN completed_by text,
    ADD COLUMN updated_at timestamptz;
ALTER TABLE production_runs ADD CONSTRAINT production_runs_recipe_fk
    FOREIGN KEY (recipe_id) REFERENCES recipes (id) NOT VALID;

ALTER TABLE pallets
    ADD COLUMN status pallet_status,
    ADD COLUMN location text,
    ADD COLUMN lot_id bigint,
    ADD COLUMN quantity numeric(14, 3),
    ADD COLUMN unit_of_measure text,
    ADD COLUMN shipped_at timestamptz,
    ADD COLUMN updated_at timestamptz;
ALTER TABLE pallets ADD CONSTRAINT pallets_lot_fk FOREIGN KEY (lot_id) REFERENCES ingredient_lots (id) NOT VALID;
ALTER TABLE pallets ADD CONSTRAINT pallets_quantity_positive CHECK (quantity > 0) NOT VALID;
