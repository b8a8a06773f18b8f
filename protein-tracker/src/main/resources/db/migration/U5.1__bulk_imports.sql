-- Undo of V5.1: drops the bulk import's jobs and staged lines (refused while they hold rows); the
-- imported users, meals and per-user imports rows stay.
SET LOCAL lock_timeout = '5s';
DROP TABLE import_lines;
DROP TABLE import_jobs;
