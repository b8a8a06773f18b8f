package io.fieldguide.it.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * One service's database on the local PostgreSQL that every demo shares (the server the first
 * service started in {@code <home>/.fieldguide/pgdata}), reached the way {@code db status} tells a
 * user to: localhost, the port in {@code postmaster.pid}, user postgres, trusted.
 */
final class DemoDatabase {

    private final String url;

    private DemoDatabase(String url) {
        this.url = url;
    }

    static DemoDatabase of(Path home, String database) throws Exception {
        List<String> pid = Files.readAllLines(home.resolve(".fieldguide/pgdata/postmaster.pid"));
        int port = Integer.parseInt(pid.get(3).strip());
        return new DemoDatabase("jdbc:postgresql://localhost:" + port + "/" + database);
    }

    String url() {
        return url;
    }

    /** By the driver itself: under {@code exec:java} DriverManager does not see the class path's drivers. */
    Connection connect() throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        login.setProperty("password", "postgres");
        return new Driver().connect(url, login);
    }

    void execute(String... statements) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    long count(String sql) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    List<Fingerprint> fingerprints(List<TableCheck> tables, boolean restoredColumns) throws SQLException {
        List<Fingerprint> fingerprints = new ArrayList<>();
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            for (TableCheck table : tables) {
                try (ResultSet result = statement.executeQuery(table.fingerprintSql(restoredColumns))) {
                    result.next();
                    fingerprints.add(new Fingerprint(table.table(), result.getLong(1), result.getString(2)));
                }
            }
        }
        return fingerprints;
    }
}
