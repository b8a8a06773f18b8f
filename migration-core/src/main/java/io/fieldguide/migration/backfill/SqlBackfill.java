package io.fieldguide.migration.backfill;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A backfill given as one SQL statement with two parameters, the range bounds, e.g.
 * {@code UPDATE items SET difficulty = difficulty * 1.1 WHERE id > ? AND id <= ?}.
 */
public record SqlBackfill(String name, String table, String keyColumn, String batchSql) implements Backfill {

    public SqlBackfill(String name, String table, String batchSql) {
        this(name, table, "id", batchSql);
    }

    @Override
    public long applyBatch(Connection connection, long fromKeyExclusive, long toKeyInclusive) throws SQLException {
        try (PreparedStatement batch = connection.prepareStatement(batchSql)) {
            batch.setLong(1, fromKeyExclusive);
            batch.setLong(2, toKeyInclusive);
            return batch.executeLargeUpdate();
        }
    }
}
