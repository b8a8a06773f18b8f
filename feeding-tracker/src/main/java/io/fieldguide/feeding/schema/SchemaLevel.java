package io.fieldguide.feeding.schema;

/**
 * How far the feeding_records table has been migrated, read from the catalog. This release works
 * with every level: it reads and writes only the columns the level has.
 */
public enum SchemaLevel {
    /** No feeding_records table (before V1). */
    NONE,
    /** V1, the guide's "before" table: no client_id. */
    LEGACY,
    /** V2: client_id exists (possibly not yet backfilled), no sync columns. */
    CLIENT_ID,
    /** V3 and V4: change cursor, version and tombstones; the whole feeding API and sync work. */
    SYNC;

    public boolean hasClientId() {
        return this == CLIENT_ID || this == SYNC;
    }
}
