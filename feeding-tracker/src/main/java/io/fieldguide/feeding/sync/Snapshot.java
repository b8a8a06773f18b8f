package io.fieldguide.feeding.sync;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A read of several statements that sees one snapshot (REPEATABLE READ): a pull reads the change
 * horizon and then the rows below it, and a commit landing between the two must not be half seen.
 * The connection goes back to the pool as it came.
 */
public final class Snapshot {

    /** Work on a connection inside the snapshot. */
    @FunctionalInterface
    public interface Read<T> {
        T apply(Connection connection) throws SQLException;
    }

    private Snapshot() {}

    public static <T> T read(DataSource dataSource, Read<T> read) {
        try (Connection connection = dataSource.getConnection()) {
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                T result = read.apply(connection);
                connection.commit();
                return result;
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read changes", e);
        }
    }
}
