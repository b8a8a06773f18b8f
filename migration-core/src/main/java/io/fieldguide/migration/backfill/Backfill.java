package io.fieldguide.migration.backfill;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * A named data migration, run by the core in keyset-ordered batches. A service declares one as a
 * CDI bean; the core walks the table's key range once, in ranges that each commit together with
 * their checkpoint, so every row is changed exactly once even when the change is not idempotent.
 */
public interface Backfill {

    /** Unique job name, used in {@code POST /api/migrations/backfills/{name}}. */
    String name();

    /** The table whose key range is walked, optionally schema-qualified. */
    String table();

    /** An integer key, unique and indexed (the primary key, as a rule). */
    default String keyColumn() {
        return "id";
    }

    /**
     * Changes the rows with {@code fromKeyExclusive < key <= toKeyInclusive} and returns how many
     * changed. Runs inside the batch's transaction, with its lock and statement timeouts set: do not
     * commit. Do not re-select "rows still needing the change": the range is the contract.
     */
    long applyBatch(Connection connection, long fromKeyExclusive, long toKeyInclusive) throws SQLException;

    /**
     * How many rows still need the change, or empty when the job cannot tell (the default). Read by
     * {@link BackfillService#runUntilNoneRemain} after a completed walk: rows that an older release
     * inserted behind the walk's fixed key range are only reached by another walk.
     */
    default OptionalLong remaining(Connection connection) throws SQLException {
        return OptionalLong.empty();
    }
}
