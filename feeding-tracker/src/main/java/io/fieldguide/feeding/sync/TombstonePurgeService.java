package io.fieldguide.feeding.sync;

import io.fieldguide.feeding.schema.FeedingSchema;
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
 * Removes tombstones deleted before a cut-off and, in the same transaction, records the highest
 * change position removed: a client whose cursor is below it may have missed a deletion and is
 * told to re-sync from scratch (410) instead of silently keeping a deleted record.
 */
@ApplicationScoped
public class TombstonePurgeService {

    private static final String PURGE =
            """
            WITH purged AS (DELETE FROM feeding_records WHERE deleted_at < ? RETURNING change_xid, id),
                 last AS (SELECT change_xid, id FROM purged ORDER BY change_xid DESC, id DESC LIMIT 1)
            SELECT (SELECT count(*) FROM purged), (SELECT change_xid::text FROM last), (SELECT id FROM last)
            """;

    private final DataSource dataSource;
    private final FeedingSchema schema;

    TombstonePurgeService(DataSource dataSource, FeedingSchema schema) {
        this.dataSource = dataSource;
        this.schema = schema;
    }

    public PurgeResponse purge(Instant olderThan) {
        schema.requireSync("purging tombstones");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long purged;
                SyncCursor through = null;
                try (PreparedStatement delete = connection.prepareStatement(PURGE)) {
                    delete.setTimestamp(1, Timestamp.from(olderThan));
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
                SyncCursor horizon = PurgeHorizon.read(connection).orElse(null);
                connection.commit();
                Log.infof("Purged %d tombstones deleted before %s", purged, olderThan);
                return new PurgeResponse(purged, olderThan, horizon == null ? null : horizon.encode());
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not purge tombstones", e);
        }
    }
}
