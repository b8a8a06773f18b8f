-- Undo of the guide's data migration: the legacy batch numbers and pallet numbers come back from
-- lot_migration_original_values. The defaults filled into V4's columns go with those columns (U4).
-- Not undone: runs that named a missing recipe keep pointing at "Unknown Recipe". V4's foreign key
-- (enforced on every write even while NOT VALID) refuses the dangling ids, and they pointed nowhere.
-- undo:keeps-data the saved values are written back to their rows before their table is dropped
SET LOCAL lock_timeout = '5s';
ALTER TABLE production_runs ALTER COLUMN status DROP DEFAULT,
    ALTER COLUMN quality_status DROP DEFAULT,
    ALTER COLUMN unit_of_measure DROP DEFAULT;
ALTER TABLE pallets ALTER COLUMN status DROP DEFAULT;

UPDATE production_runs r SET batch_number = o.original_value
FROM lot_migration_original_values o
WHERE o.table_name = 'production_runs' AND o.column_name = 'batch_number' AND o.row_id = r.id;
UPDATE pallets p SET pallet_number = o.original_value
FROM lot_migration_original_values o
WHERE o.table_name = 'pallets' AND o.column_name = 'pallet_number' AND o.row_id = p.id;

DROP TABLE lot_migration_original_values;
