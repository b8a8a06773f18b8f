-- The guide's rollback (U2.1 to U2.3 have already dropped its indexes).
SET LOCAL lock_timeout = '5s';
ALTER TABLE feeding_records DROP COLUMN client_id;
