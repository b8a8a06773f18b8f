package io.fieldguide.feeding.watermelon;

import io.fieldguide.feeding.schema.FeedingCatalog;
import io.fieldguide.feeding.sync.Snapshot;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * WatermelonDB's pull on the sync cursor: the rows changed at or after {@code last_pulled_at} and
 * below the current horizon, all of them (WatermelonDB does not page), read in one repeatable-read
 * snapshot with the purge check. The first pull returns every live record and no deletions; a pull
 * with a {@code migration} that covers the table returns every live record again.
 *
 * <p>Every record comes in {@code updated}, never {@code created}: a record a device pushed comes
 * back to that device in its next pull (its transaction is past the device's last timestamp), and
 * the server cannot tell which device made it. WatermelonDB's {@code sendCreatedAsUpdated: true} is
 * the documented answer: the app applies an unknown {@code updated} record as a new one.
 */
@ApplicationScoped
public class WatermelonPullService {

    private static final String CHANGES =
            """
            SELECT client_id::text AS id, feeding_time, food_type, notes, created_at, updated_at,
                   deleted_at IS NOT NULL AS deleted
            FROM feeding_records
            WHERE client_id IS NOT NULL AND change_xid < ?::text::xid8
              AND CASE WHEN deleted_at IS NULL THEN change_xid >= ?::text::xid8 OR ?
                       ELSE ? AND change_xid >= ?::text::xid8 END
            ORDER BY change_xid, id
            """;

    private final DataSource dataSource;
    private final FeedingCatalog catalog;

    WatermelonPullService(DataSource dataSource, FeedingCatalog catalog) {
        this.dataSource = dataSource;
        this.catalog = catalog;
    }

    public PullResult pull(Optional<Long> lastPulledAt, AppSchema schema, Optional<MigrationArgument> migration) {
        catalog.requireSync("sync");
        return Snapshot.read(dataSource, connection -> pull(connection, lastPulledAt, schema, migration));
    }

    private static PullResult pull(
            Connection connection, Optional<Long> lastPulledAt, AppSchema schema, Optional<MigrationArgument> migration)
            throws SQLException {
        ServerPosition position = ServerPosition.check(connection, lastPulledAt);
        boolean initial = lastPulledAt.isEmpty();
        long since = lastPulledAt.orElse(0L);
        boolean everyLiveRecord = initial
                || migration.map(MigrationArgument::coversFeedingRecords).orElse(false);
        List<RawFeeding> updated = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(CHANGES)) {
            String from = Long.toString(since);
            select.setString(1, Long.toString(position.horizon()));
            select.setString(2, from);
            select.setBoolean(3, everyLiveRecord);
            select.setBoolean(4, !initial);
            select.setString(5, from);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    if (row.getBoolean("deleted")) {
                        deleted.add(row.getString("id"));
                    } else {
                        updated.add(raw(row, schema));
                    }
                }
            }
        }
        // Never behind what the client already holds: a timestamp only moves forward.
        long timestamp = Math.max(since, position.horizon());
        return new PullResult(new PullResult.Changes(new PullResult.Table(List.of(), updated, deleted)), timestamp);
    }

    private static RawFeeding raw(ResultSet row, AppSchema schema) throws SQLException {
        return new RawFeeding(
                row.getString("id"),
                row.getTimestamp("feeding_time").toInstant().toEpochMilli(),
                row.getString("food_type"),
                row.getString("notes"),
                schema.hasTimestamps() ? millis(row.getTimestamp("created_at")) : null,
                schema.hasTimestamps() ? millis(row.getTimestamp("updated_at")) : null);
    }

    private static Long millis(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().toEpochMilli();
    }
}
