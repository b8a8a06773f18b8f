package io.fieldguide.feeding.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The position the tombstone purge has removed tombstones through (feeding_sync_purge, one row). */
public final class PurgeHorizon {

    private PurgeHorizon() {}

    public static Optional<SyncCursor> read(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT purged_through_xid::text, purged_through_id FROM feeding_sync_purge WHERE id = 1");
                ResultSet row = select.executeQuery()) {
            return row.next()
                    ? Optional.of(new SyncCursor(Long.parseLong(row.getString(1)), row.getLong(2)))
                    : Optional.empty();
        }
    }

    static void advance(Connection connection, SyncCursor through) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                """
                INSERT INTO feeding_sync_purge AS p (id, purged_through_xid, purged_through_id, purged_at)
                VALUES (1, ?::text::xid8, ?, now())
                ON CONFLICT (id) DO UPDATE SET purged_through_xid = EXCLUDED.purged_through_xid,
                    purged_through_id = EXCLUDED.purged_through_id, purged_at = EXCLUDED.purged_at
                WHERE (p.purged_through_xid, p.purged_through_id) < (EXCLUDED.purged_through_xid, EXCLUDED.purged_through_id)
                """)) {
            upsert.setString(1, Long.toString(through.xid()));
            upsert.setLong(2, through.id());
            upsert.executeUpdate();
        }
    }
}
