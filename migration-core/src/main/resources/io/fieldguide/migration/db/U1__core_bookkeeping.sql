-- Undo of V1: drops the core's bookkeeping (run history and backfill checkpoints).
SET LOCAL lock_timeout = '5s';
DROP TABLE backfill_range;
DROP TABLE backfill_job;
DROP TABLE migration_run;
