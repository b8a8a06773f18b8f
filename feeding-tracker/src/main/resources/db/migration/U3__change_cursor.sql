-- The positions and versions only serve sync; clients re-sync from scratch after a downgrade.
-- undo:keeps-data change_xid, created_xid and version are derived bookkeeping, rebuilt by the next write
SET LOCAL lock_timeout = '5s';
DROP TRIGGER IF EXISTS feeding_records_track_change ON feeding_records;
DROP FUNCTION IF EXISTS feeding_records_track_change();
ALTER TABLE feeding_records DROP COLUMN created_xid, DROP COLUMN change_xid, DROP COLUMN version;
