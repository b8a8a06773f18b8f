-- V1734567890006: users full name not null
--
-- What: the guide's data migration, second half: make users.full_name NOT NULL.
-- Why:  V1734567890005 filled every row and added CHECK (full_name IS NOT NULL) NOT VALID. Here, in a
--       transaction of its own, VALIDATE scans users under a SHARE UPDATE EXCLUSIVE lock, which lets
--       reads and writes through; SET NOT NULL then needs no second scan (PostgreSQL 12+ proves it
--       from the valid check) and holds its ACCESS EXCLUSIVE lock only until this short script
--       commits. The check has done its job and is dropped.
--
-- Undone by U1734567890006__users_full_name_not_null.sql, which restores V1734567890005's state.

SET LOCAL lock_timeout = '5s';

ALTER TABLE users VALIDATE CONSTRAINT users_full_name_not_null;
ALTER TABLE users ALTER COLUMN full_name SET NOT NULL;
ALTER TABLE users DROP CONSTRAINT users_full_name_not_null;
