-- U1734567890005: undoes V1734567890005__add_users_full_name.sql
--
-- undo:keeps-data full_name is derived from first_name, last_name and email, which stay; V1734567890005 recomputes it
-- (The application never edits full_name on its own, so nothing but the derived value is dropped.)

SET LOCAL lock_timeout = '5s';

ALTER TABLE users DROP COLUMN full_name;
