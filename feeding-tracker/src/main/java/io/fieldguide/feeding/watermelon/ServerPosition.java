package io.fieldguide.feeding.watermelon;

import io.fieldguide.feeding.sync.FullResyncRequiredException;
import io.fieldguide.feeding.sync.PurgeHorizon;
import io.fieldguide.feeding.sync.SyncCursor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * WatermelonDB's {@code timestamp} is the sync cursor's transaction horizon as a number: every
 * transaction with a lower id had ended when the pull that returned it read the table, so
 * "changed after {@code last_pulled_at}" means {@code change_xid >= last_pulled_at}. This reads the
 * current horizon and refuses a {@code last_pulled_at} the server can no longer serve.
 */
record ServerPosition(long horizon) {

    private static final String SNAPSHOT =
            """
            SELECT pg_snapshot_xmin(s)::text, pg_snapshot_xmax(s)::text FROM pg_current_snapshot() s""";

    /**
     * @param lastPulledAt the client's timestamp, empty on its first sync
     * @throws FullResyncRequiredException (410) when tombstones after it were purged, or when it is
     *     beyond any transaction this database has started (a timestamp from another server, or
     *     from before a restore): the client must reset its database and sync from scratch
     */
    static ServerPosition check(Connection connection, Optional<Long> lastPulledAt) throws SQLException {
        long horizon;
        long next;
        try (PreparedStatement select = connection.prepareStatement(SNAPSHOT);
                ResultSet row = select.executeQuery()) {
            row.next();
            horizon = Long.parseLong(row.getString(1));
            next = Long.parseLong(row.getString(2));
        }
        if (lastPulledAt.isPresent()) {
            long since = lastPulledAt.get();
            if (since > next) {
                throw new FullResyncRequiredException("last_pulled_at " + since
                        + " is not a timestamp this server issued; reset the local database and sync from scratch");
            }
            Optional<SyncCursor> purged = PurgeHorizon.read(connection);
            if (purged.isPresent() && SyncCursor.before(since).compareTo(purged.get()) < 0) {
                throw new FullResyncRequiredException("Tombstones newer than last_pulled_at " + since
                        + " were purged, so some deletions can no longer be sent;"
                        + " reset the local database (unsafeResetDatabase) and sync from scratch");
            }
        }
        return new ServerPosition(horizon);
    }
}
