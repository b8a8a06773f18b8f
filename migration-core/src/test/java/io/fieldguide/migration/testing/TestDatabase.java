package io.fieldguide.migration.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL for tests, chosen in this order: the server at {@code TEST_DATABASE_URL} (a
 * fresh database is created on it and dropped afterwards), a Testcontainers PostgreSQL when a
 * Docker engine answers, else an embedded PostgreSQL from the zonky binaries. The major version is
 * the build property {@code postgres.major} (17 by default).
 */
public final class TestDatabase implements AutoCloseable {

    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final String kind;
    private final AutoCloseable owner;

    private TestDatabase(String jdbcUrl, String username, String password, String kind, AutoCloseable owner) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.kind = kind;
        this.owner = owner;
    }

    public static TestDatabase start() {
        String external = System.getenv("TEST_DATABASE_URL");
        if (external != null && !external.isBlank()) {
            return external(external);
        }
        if (dockerAnswers()) {
            return container();
        }
        return embedded();
    }

    public static String postgresMajor() {
        return System.getProperty("postgres.major", "17");
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** embedded, testcontainers or external: for logs and test reports. */
    public String kind() {
        return kind;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, username, password);
    }

    @Override
    public void close() throws Exception {
        owner.close();
    }

    /**
     * Asks Testcontainers only when a Docker engine could be there at all: without DOCKER_HOST or a
     * local socket it would log a page of failed strategies before saying no.
     */
    private static boolean dockerAnswers() {
        boolean mayHaveEngine = System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
        if (!mayHaveEngine) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static TestDatabase container() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:" + postgresMajor() + "-alpine");
        container.start();
        return new TestDatabase(
                container.getJdbcUrl(),
                container.getUsername(),
                container.getPassword(),
                "testcontainers",
                container::stop);
    }

    /**
     * zonky's defaults, kept on purpose: fsync and synchronous_commit off, a fresh data directory
     * per run. Fast, and not durable, which is fine for a server thrown away after the tests. The
     * services' local server (LocalPostgres) is durable.
     */
    private static TestDatabase embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .start();
            return new TestDatabase(
                    postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", "embedded", postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", e);
        }
    }

    private static TestDatabase external(String serverUrl) {
        String user = System.getenv().getOrDefault("TEST_DATABASE_USER", "postgres");
        String password = System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", "postgres");
        String database = "fieldguide_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute(serverUrl, user, password, "CREATE DATABASE " + database);
        String url = serverUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
        return new TestDatabase(
                url,
                user,
                password,
                "external",
                () -> execute(serverUrl, user, password, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)"));
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + url, e);
        }
    }
}
