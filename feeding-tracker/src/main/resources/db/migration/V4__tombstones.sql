-- Sync: deletions are tombstones (deleted_at set, the row and its client_id kept) so that a pull
-- can tell every client about them and a late update cannot revive the record. A purge removes
-- tombstones older than the retention and records the position it purged through: a client whose
-- cursor is older must re-sync from scratch.
SET LOCAL lock_timeout = '5s';
ALTER TABLE feeding_records ADD COLUMN deleted_at timestamptz;

CREATE TABLE feeding_sync_purge (
    id bigint PRIMARY KEY CHECK (id = 1),
    purged_through_xid xid8 NOT NULL,
    purged_through_id bigint NOT NULL,
    purged_at timestamptz NOT NULL
);
