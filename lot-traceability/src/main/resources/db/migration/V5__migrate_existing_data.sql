-- The guide's data migration (its step 4) and its "common issues" 2 and 3, in the order the
-- unique index and the foreign key need them. Every value this script overwrites is kept in
-- lot_migration_original_values first, so U5 can put the legacy rows back exactly.
--
-- Differences from the guide (see the module README):
--   * The guide fills planned_quantity, unit_of_measure and the statuses only WHERE batch_number IS
--     NULL, which leaves a legacy run that had a batch number with NULL statuses. Each default is
--     applied where its own column is NULL.
--   * The guide's duplicate fix appends '-' || id to every row of a duplicate group, and its result
--     can collide with an existing batch number ('B1' twice and 'B1-7' once). Here the oldest row of
--     a group keeps its number, the others get '-' || id, and the pass repeats until no duplicate
--     is left (a number this script wrote gives way to one it found), so V6's unique index cannot fail.
--   * The guide's "Unknown Recipe" is created only when no recipe exists at all; here it is created
--     when a run names a recipe that does not exist, and those runs point at it.
-- One statement per table on a table of a bakery's runs (thousands of rows) is short; a table of
-- millions would take a core backfill (SqlBackfill) in keyset batches instead.
SET LOCAL lock_timeout = '5s';

CREATE TABLE lot_migration_original_values (
    table_name text NOT NULL,
    row_id bigint NOT NULL,
    column_name text NOT NULL,
    original_value text,
    PRIMARY KEY (table_name, row_id, column_name)
);

-- Issue 3: runs naming a recipe that does not exist.
INSERT INTO recipes (name, created_by)
SELECT 'Unknown Recipe', 'system'
WHERE EXISTS (
    SELECT 1 FROM production_runs r
    WHERE r.recipe_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM recipes c WHERE c.id = r.recipe_id));
INSERT INTO lot_migration_original_values (table_name, row_id, column_name, original_value)
SELECT 'production_runs', r.id, 'recipe_id', r.recipe_id::text
FROM production_runs r
WHERE r.recipe_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM recipes c WHERE c.id = r.recipe_id);
UPDATE production_runs r
SET recipe_id = (SELECT max(id) FROM recipes WHERE name = 'Unknown Recipe' AND created_by = 'system')
WHERE r.recipe_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM recipes c WHERE c.id = r.recipe_id);

-- The guide's batch numbers for runs without one.
INSERT INTO lot_migration_original_values (table_name, row_id, column_name, original_value)
SELECT 'production_runs', id, 'batch_number', NULL FROM production_runs WHERE batch_number IS NULL;
UPDATE production_runs SET batch_number = 'MIGRATED-' || id::text WHERE batch_number IS NULL;

-- Issue 2: duplicate batch numbers, made unique before V6 builds the unique index.
DO $$
BEGIN
    LOOP
        CREATE TEMPORARY TABLE duplicate_runs ON COMMIT DROP AS
        SELECT id, batch_number FROM (
            SELECT id, batch_number, row_number() OVER (PARTITION BY batch_number ORDER BY EXISTS (
                SELECT 1 FROM lot_migration_original_values o
                WHERE o.table_name = 'production_runs' AND o.column_name = 'batch_number' AND o.row_id = production_runs.id), id) AS position
            FROM production_runs) numbered
        WHERE position > 1;
        EXIT WHEN NOT EXISTS (SELECT 1 FROM duplicate_runs);
        INSERT INTO lot_migration_original_values (table_name, row_id, column_name, original_value)
        SELECT 'production_runs', id, 'batch_number', batch_number FROM duplicate_runs
        ON CONFLICT DO NOTHING;
        UPDATE production_runs r SET batch_number = r.batch_number || '-' || r.id::text
        FROM duplicate_runs d WHERE d.id = r.id;
        DROP TABLE duplicate_runs;
    END LOOP;
    DROP TABLE duplicate_runs;
END
$$;

-- The guide's defaults for the new run columns: a legacy run has happened, so it is completed
-- and, having shipped, passed.
UPDATE production_runs
SET planned_quantity = COALESCE(planned_quantity, actual_quantity, 0),
    unit_of_measure = COALESCE(unit_of_measure, 'units'),
    status = COALESCE(status, 'COMPLETED'::batch_status),
    quality_status = COALESCE(quality_status, 'PASSED'::quality_status)
WHERE planned_quantity IS NULL OR unit_of_measure IS NULL OR status IS NULL OR quality_status IS NULL;

-- The guide's pallet numbers, and the same uniqueness for them.
INSERT INTO lot_migration_original_values (table_name, row_id, column_name, original_value)
SELECT 'pallets', id, 'pallet_number', NULL FROM pallets WHERE pallet_number IS NULL;
UPDATE pallets SET pallet_number = 'PAL-' || id::text || '-MIGRATED' WHERE pallet_number IS NULL;
DO $$
BEGIN
    LOOP
        CREATE TEMPORARY TABLE duplicate_pallets ON COMMIT DROP AS
        SELECT id, pallet_number FROM (
            SELECT id, pallet_number, row_number() OVER (PARTITION BY pallet_number ORDER BY EXISTS (
                SELECT 1 FROM lot_migration_original_values o
                WHERE o.table_name = 'pallets' AND o.column_name = 'pallet_number' AND o.row_id = pallets.id), id) AS position
            FROM pallets) numbered
        WHERE position > 1;
        EXIT WHEN NOT EXISTS (SELECT 1 FROM duplicate_pallets);
        INSERT INTO lot_migration_original_values (table_name, row_id, column_name, original_value)
        SELECT 'pallets', id, 'pallet_number', pallet_number FROM duplicate_pallets
        ON CONFLICT DO NOTHING;
        UPDATE pallets p SET pallet_number = p.pallet_number || '-' || p.id::text
        FROM duplicate_pallets d WHERE d.id = p.id;
        DROP TABLE duplicate_pallets;
    END LOOP;
    DROP TABLE duplicate_pallets;
END
$$;
-- A legacy pallet's whereabouts are unknown; it was packed and stored.
UPDATE pallets SET status = 'IN_STORAGE' WHERE status IS NULL;

-- New rows from here on: a run starts PLANNED and PENDING, a pallet PACKED.
ALTER TABLE production_runs ALTER COLUMN status SET DEFAULT 'PLANNED',
    ALTER COLUMN quality_status SET DEFAULT 'PENDING',
    ALTER COLUMN unit_of_measure SET DEFAULT 'units';
ALTER TABLE pallets ALTER COLUMN status SET DEFAULT 'PACKED';
