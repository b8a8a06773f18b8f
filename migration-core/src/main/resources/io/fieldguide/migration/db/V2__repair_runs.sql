-- The history also records repairs of the service's Flyway history (POST /api/migrations/repair,
-- CLI repair): kind 'repair'. The widened check only admits one more value, so every existing row
-- satisfies it; it is added NOT VALID (no scan under the lock) and new rows are checked from now on.
SET LOCAL lock_timeout = '5s';
ALTER TABLE migration_run DROP CONSTRAINT migration_run_kind_check;
ALTER TABLE migration_run ADD CONSTRAINT migration_run_kind_check
    CHECK (kind IN ('migrate', 'undo', 'backfill', 'validate', 'repair')) NOT VALID;
