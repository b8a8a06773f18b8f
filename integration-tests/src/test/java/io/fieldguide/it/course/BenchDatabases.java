package io.fieldguide.it.course;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Databases on the benchmark's PostgreSQL server: created, cloned from a template, vacuumed. */
final class BenchDatabases {

    private final String serverUrl;
    private final String user;
    private final String password;

    BenchDatabases(String anyDatabaseUrl, String user, String password) {
        this.serverUrl = anyDatabaseUrl;
        this.user = user;
        this.password = password;
    }

    String url(String database) {
        return serverUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), user, password);
    }

    void create(String database, String template) throws SQLException {
        execute(serverUrl, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        execute(serverUrl, "CREATE DATABASE " + database + (template == null ? "" : " TEMPLATE " + template));
    }

    void drop(String database) throws SQLException {
        execute(serverUrl, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    /** Dead rows left by the previous round's UPDATE would slow the next one: both sides start clean. */
    void vacuum(String database) throws SQLException {
        execute(url(database), "VACUUM ANALYZE");
        execute(url(database), "CHECKPOINT");
    }

    void execute(String database, String... statements) throws SQLException {
        for (String sql : statements) {
            execute(url(database), sql);
        }
    }

    private void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
