-- U1734567890006: undoes V1734567890006__users_full_name_not_null.sql
--
-- Back to the state V1734567890005 leaves: full_name nullable, held to NOT NULL for new rows by the
-- check NOT VALID, which V1734567890006 validates again when it is reapplied. No data changes.

SET LOCAL lock_timeout = '5s';

ALTER TABLE users ALTER COLUMN full_name DROP NOT NULL;
ALTER TABLE users ADD CONSTRAINT users_full_name_not_null CHECK (full_name IS NOT NULL) NOT VALID;
