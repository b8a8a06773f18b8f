-- The guide's migration, step 1 of 4: the client_id column, nullable and without a default, so
-- adding it only touches the catalog (no rewrite). Existing rows are filled by the backfill job
-- feeding-client-ids in batches; the app writes a client_id for every new row from this version on.
SET LOCAL lock_timeout = '5s';
ALTER TABLE feeding_records ADD COLUMN client_id uuid;
