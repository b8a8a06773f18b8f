package io.fieldguide.feeding.sync;

import io.fieldguide.feeding.FeedingConfig;
import io.fieldguide.migration.backfill.Backfill;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * The tombstone purge as a core batch job, {@code feeding-tombstone-purge}: the core's runner walks
 * the id range in batches, each its own short transaction committed with its checkpoint, so a purge
 * of millions of rows never holds one long transaction, survives a restart (the next run resumes),
 * and reports its progress in {@code GET /api/migrations/backfills}. Each batch also moves the purge
 * horizon, in the same transaction, to the highest change position it removed: a client whose
 * position is below it may have missed a deletion and is told to re-sync from scratch (410).
 *
 * <p>The cut-off is the one {@link TombstonePurgeService} sets for its run; a run started through the
 * core's endpoint uses {@code feeding.sync.tombstone-retention}.
 */
@ApplicationScoped
public class TombstonePurge implements Backfill {

    public static final String NAME = "feeding-tombstone-purge";

    private static final String PURGE_RANGE =
            """
            WITH purged AS (DELETE FROM feeding_records WHERE id > ? AND id <= ? AND deleted_at < ?
                            RETURNING change_xid, id),
                 last AS (SELECT change_xid, id FROM purged ORDER BY change_xid DESC, id DESC LIMIT 1)
            SELECT (SELECT count(*) FROM purged), (SELECT change_xid::text FROM last), (SELECT id FROM last)
            """;

    private final FeedingConfig config;
    private volatile Instant cutoff;

    TombstonePurge(FeedingConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String table() {
        return "feeding_records";
    }

    /** Tombstones deleted before {@code cutoff} are purged by the runs that follow. */
    public void purgeBefore(Instant cutoff) {
        this.cutoff = cutoff;
    }

    private Instant cutoff() {
        Instant set = cutoff;
        return set != null ? set : Instant.now().minus(config.sync().tombstoneRetention());
    }

    @Override
    public long applyBatch(Connection connection, long fromKeyExclusive, long toKeyInclusive) throws SQLException {
        try (PreparedStatement purge = connection.prepareStatement(PURGE_RANGE)) {
            purge.setLong(1, fromKeyExclusive);
            purge.setLong(2, toKeyInclusive);
            purge.setTimestamp(3, Timestamp.from(cutoff()));
            try (ResultSet row = purge.executeQuery()) {
                row.next();
                long purged = row.getLong(1);
                if (purged > 0) {
                    PurgeHorizon.advance(connection, new SyncCursor(Long.parseLong(row.getString(2)), row.getLong(3)));
                }
                return purged;
            }
        }
    }

    @Override
    public OptionalLong remaining(Connection connection) throws SQLException {
        try (PreparedStatement count =
                connection.prepareStatement("SELECT count(*) FROM feeding_records WHERE deleted_at < ?")) {
            count.setTimestamp(1, Timestamp.from(cutoff()));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return OptionalLong.of(row.getLong(1));
            }
        }
    }
}
