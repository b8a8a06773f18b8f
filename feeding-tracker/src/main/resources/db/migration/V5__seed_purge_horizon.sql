-- Sync: every application of the sync schema starts a new epoch of change positions. V3 gives the
-- rows that exist when it runs position 0; after a downgrade below V3 and an upgrade back, rows
-- written while the schema was down sit at 0 too, below the cursor of every client that synced
-- before, and would never reach those clients. Seeding the purge horizon at this transaction makes
-- every cursor issued before it answer 410 (full re-sync) instead. On the first upgrade no client
-- holds a cursor yet; on a deployment already at V4 it costs each client one full re-sync.
SET LOCAL lock_timeout = '5s';
INSERT INTO feeding_sync_purge AS p (id, purged_through_xid, purged_through_id, purged_at)
VALUES (1, pg_current_xact_id(), 0, now())
ON CONFLICT (id) DO UPDATE SET purged_through_xid = EXCLUDED.purged_through_xid,
    purged_through_id = EXCLUDED.purged_through_id, purged_at = EXCLUDED.purged_at
WHERE p.purged_through_xid < EXCLUDED.purged_through_xid;
