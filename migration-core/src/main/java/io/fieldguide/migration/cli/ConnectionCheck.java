package io.fieldguide.migration.cli;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Connects to the service's database the way the service does, and says what it reached. */
@ApplicationScoped
public class ConnectionCheck {

    private static final String WHO_AND_WHERE =
            "SELECT version(), current_database(), current_user, current_setting('server_version_num')::int";

    private final DataSource dataSource;

    ConnectionCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param url the JDBC URL as the driver reports it (no password)
     * @param connectMillis time to get a connection from the pool (a new one at first)
     * @param roundTripMillis time of one query on it
     */
    public record Reached(
            String url,
            String serverVersion,
            int serverVersionNumber,
            String database,
            String user,
            double connectMillis,
            double roundTripMillis) {}

    /** Throws the driver's {@link SQLException} when the database cannot be reached. */
    public Reached check() throws SQLException {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            long connected = System.nanoTime();
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery(WHO_AND_WHERE)) {
                row.next();
                long answered = System.nanoTime();
                return new Reached(
                        connection.getMetaData().getURL(),
                        row.getString(1),
                        row.getInt(4),
                        row.getString(2),
                        row.getString(3),
                        millis(connected - start),
                        millis(answered - connected));
            }
        }
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}
