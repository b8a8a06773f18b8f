package io.fieldguide.migration.backfill;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * A backfill given as one SQL statement with two parameters, the range bounds, e.g.
 * {@code UPDATE items SET difficulty = difficulty * 1.1 WHERE id > ? AND id <= ?}. With
 * {@link #pendingWhere} (see {@link #remainingWhere}) it can also count the rows that still need
 * the change, for {@link BackfillService#runUntilNoneRemain}.
 */
public record SqlBackfill(String name, String table, String keyColumn, String batchSql, String pendingWhere)
        implements Backfill {

    public SqlBackfill(String name, String table, String batchSql) {
        this(name, table, "id", batchSql, null);
    }

    public SqlBackfill(String name, String table, String keyColumn, String batchSql) {
        this(name, table, keyColumn, batchSql, null);
    }

    /** The same job, counting the rows that match {@code condition} (e.g. {@code client_id IS NULL}) as remaining. */
    public SqlBackfill remainingWhere(String condition) {
        return new SqlBackfill(name, table, keyColumn, batchSql, condition);
    }

    @Override
    public long applyBatch(Connection connection, long fromKeyExclusive, long toKeyInclusive) throws SQLException {
        try (PreparedStatement batch = connection.prepareStatement(batchSql)) {
            batch.setLong(1, fromKeyExclusive);
            batch.setLong(2, toKeyInclusive);
            return batch.executeLargeUpdate();
        }
    }

    @Override
    public OptionalLong remaining(Connection connection) throws SQLException {
        if (pendingWhere == null) {
            return OptionalLong.empty();
        }
        try (PreparedStatement count =
                        connection.prepareStatement("SELECT count(*) FROM " + table + " WHERE " + pendingWhere);
                ResultSet row = count.executeQuery()) {
            row.next();
            return OptionalLong.of(row.getLong(1));
        }
    }
}
