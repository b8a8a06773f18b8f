package io.fieldguide.feeding.sync;

import io.fieldguide.feeding.schema.FeedingCatalog;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Removes tombstones deleted before a cut-off, in batches of {@link #BATCH} rows, each its own short
 * transaction (a large purge never holds its locks, or one huge transaction, for long). Each batch
 * records, in the same transaction, the highest change position it removed: a client whose cursor
 * is below it may have missed a deletion and is told to re-sync from scratch (410) instead of
 * silently keeping a deleted record.
 */
@ApplicationScoped
public class TombstonePurgeService {

    static final int BATCH = 1000;

    private static final String PURGE_BATCH =
            """
            WITH batch AS (SELECT id FROM feeding_records WHERE deleted_at < ?
                           ORDER BY change_xid, id LIMIT ? FOR UPDATE SKIP LOCKED),
                 purged AS (DELETE FROM feeding_records r USING batch WHERE r.id = batch.id RETURNING r.change_xid, r.id),
                 last AS (SELECT change_xid, id FROM purged ORDER BY change_xid DESC, id DESC LIMIT 1)
            SELECT (SELECT count(*) FROM purged), (SELECT change_xid::text FROM last), (SELECT id FROM last)
            """;

    private final DataSource dataSource;
    private final FeedingCatalog catalog;

    TombstonePurgeService(DataSource dataSource, FeedingCatalog catalog) {
        this.dataSource = dataSource;
        this.catalog = catalog;
    }

    public PurgeResponse purge(Instant olderThan) {
        catalog.requireSync("purging tombstones");
        try (Connection connection = dataSource.getConnection()) {
            long purged = 0;
            long batch;
            do {
                batch = purgeBatch(connection, olderThan);
                purged += batch;
            } while (batch == BATCH);
            SyncCursor horizon = PurgeHorizon.read(connection).orElse(null);
            Log.infof("Purged %d tombstones deleted before %s", purged, olderThan);
            return new PurgeResponse(purged, olderThan, horizon == null ? null : horizon.encode());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not purge tombstones", e);
        }
    }

    /** One batch and the horizon it moves, in one transaction; returns how many tombstones it removed. */
    private static long purgeBatch(Connection connection, Instant olderThan) throws SQLException {
        connection.setAutoCommit(false);
        try {
            long purged;
            SyncCursor through = null;
            try (PreparedStatement delete = connection.prepareStatement(PURGE_BATCH)) {
                delete.setTimestamp(1, Timestamp.from(olderThan));
                delete.setInt(2, BATCH);
                try (ResultSet row = delete.executeQuery()) {
                    row.next();
                    purged = row.getLong(1);
                    if (purged > 0) {
                        through = new SyncCursor(Long.parseLong(row.getString(2)), row.getLong(3));
                    }
                }
            }
            if (through != null) {
                PurgeHorizon.advance(connection, through);
            }
            connection.commit();
            return purged;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
