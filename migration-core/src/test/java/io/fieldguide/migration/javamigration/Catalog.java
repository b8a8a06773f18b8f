package io.fieldguide.migration.javamigration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** What PostgreSQL's catalog says about one object, for assertions after an up and after a down. */
final class Catalog {

    private final DataSource dataSource;

    Catalog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** "table", "view", "index", or "none" when there is no such relation. */
    String relation(String name) throws SQLException {
        String kind = single("SELECT relkind::text FROM pg_class WHERE oid = to_regclass(?)", name);
        if (kind == null) {
            return "none";
        }
        return switch (kind) {
            case "r" -> "table";
            case "v" -> "view";
            case "i" -> "index";
            default -> kind;
        };
    }

    /** "valid", "not valid", or "none" when the table has no constraint of that name. */
    String constraint(String name) throws SQLException {
        String validated = single("SELECT convalidated::text FROM pg_constraint WHERE conname = ?", name);
        return validated == null ? "none" : validated.equals("true") ? "valid" : "not valid";
    }

    /** The index's definition as PostgreSQL prints it, or null. */
    String indexDefinition(String name) throws SQLException {
        return single("SELECT pg_get_indexdef(to_regclass(?))", name);
    }

    private String single(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }
}
