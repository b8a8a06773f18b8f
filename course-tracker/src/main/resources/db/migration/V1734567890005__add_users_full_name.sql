-- V1734567890005: add users full name
--
-- What: the guide's data migration, first half: add users.full_name, fill it from first_name and
--       last_name, and hold new rows to NOT NULL with a check that is not validated yet.
-- Why:  the API shows a user's full name; the application writes it for every new user from this
--       version on (FullName.of, the same rule as the UPDATE below).
--
-- Differs from the guide: its UPDATE skips users whose first or last name is NULL, and its
-- SET NOT NULL then fails on exactly those rows. Here a missing or blank part is left out, and a
-- user with neither gets the local part of the e-mail address, so every row gets a value. And the
-- guide's one migration is two here (see below).
--
-- NOT NULL is set the way that is safe on a busy table, over two migrations. This one adds a
-- CHECK (full_name IS NOT NULL) NOT VALID, which is instant and holds every new or updated row to the
-- rule. V1734567890006 validates it and sets NOT NULL in a transaction of its own: validating here
-- would scan the table under the ACCESS EXCLUSIVE lock that ADD COLUMN and ADD CONSTRAINT hold to
-- commit, so NOT VALID would gain nothing. Inside this one transaction the lock taken by ADD COLUMN
-- is held to the end, so the UPDATE's time is the lock's time: fine for the 100,000 users of
-- docs/benchmarks.md (well under a second). For millions of rows split it further into expand (add
-- column) and a batched core backfill (see the README).
--
-- Undone by U1734567890005__add_users_full_name.sql, which loses nothing: full_name is recomputed
-- from first_name, last_name and email, which stay.

SET LOCAL lock_timeout = '5s';

ALTER TABLE users ADD COLUMN full_name text;

UPDATE users
SET full_name = coalesce(
        nullif(concat_ws(' ', nullif(btrim(first_name), ''), nullif(btrim(last_name), '')), ''),
        split_part(email, '@', 1));

ALTER TABLE users ADD CONSTRAINT users_full_name_not_null CHECK (full_name IS NOT NULL) NOT VALID;
