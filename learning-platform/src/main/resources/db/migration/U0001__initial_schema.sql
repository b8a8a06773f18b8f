-- Undoes 0001: every table, type and function of the initial schema (and every row in them).
SET LOCAL lock_timeout = '5s';
DROP FUNCTION IF EXISTS ensure_attempt_partitions(timestamptz, integer);
DROP TABLE IF EXISTS attempts;
DROP TABLE IF EXISTS items;
DROP TABLE IF EXISTS users;
DROP TYPE IF EXISTS item_kind;
DROP TYPE IF EXISTS user_role;
