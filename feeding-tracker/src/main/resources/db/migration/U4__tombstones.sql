-- A downgrade turns tombstones back into live rows unless they are removed: they are deleted records.
-- undo:keeps-data tombstones are records their owners deleted; removing them is what the older release expects
SET LOCAL lock_timeout = '5s';
DELETE FROM feeding_records WHERE deleted_at IS NOT NULL;
DROP TABLE feeding_sync_purge;
ALTER TABLE feeding_records DROP COLUMN deleted_at;
