-- The guide's migration, step 2 of 4: client_id is unique. Built without blocking writers; Flyway
-- runs this script outside a transaction. A failed build leaves an INVALID index behind, so the
-- script drops any leftover first and can simply be rerun.
DROP INDEX CONCURRENTLY IF EXISTS idx_feeding_records_client_id;
CREATE UNIQUE INDEX CONCURRENTLY idx_feeding_records_client_id ON feeding_records (client_id);
