-- Undo of V2: new rows may no longer be repairs; repairs already recorded stay (NOT VALID).
SET LOCAL lock_timeout = '5s';
ALTER TABLE migration_run DROP CONSTRAINT migration_run_kind_check;
ALTER TABLE migration_run ADD CONSTRAINT migration_run_kind_check
    CHECK (kind IN ('migrate', 'undo', 'backfill', 'validate')) NOT VALID;
