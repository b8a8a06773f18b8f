package io.fieldguide.feeding.schema;

import io.fieldguide.migration.problem.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Reads from the catalog which columns feeding_records has, on every request: the schema moves on
 * (run-migration) and back (rollback) while the service runs, and Hibernate must never touch a
 * column that is not there yet.
 */
@ApplicationScoped
public class FeedingCatalog {

    private static final String COLUMNS =
            """
            SELECT a.attname FROM pg_attribute a
            WHERE a.attrelid = to_regclass('feeding_records') AND a.attnum > 0 AND NOT a.attisdropped
              AND a.attname IN ('id', 'client_id', 'change_xid', 'deleted_at')
            """;
    private static final String CLIENT_ID_COLUMN =
            """
            SELECT data_type, is_nullable = 'YES', column_default FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = 'feeding_records' AND column_name = 'client_id'
            """;

    private final DataSource dataSource;

    FeedingCatalog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public SchemaLevel level() {
        Set<String> columns = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(COLUMNS);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the feeding_records columns", e);
        }
        if (!columns.contains("id")) {
            return SchemaLevel.NONE;
        }
        if (!columns.contains("client_id")) {
            return SchemaLevel.LEGACY;
        }
        return columns.contains("change_xid") && columns.contains("deleted_at")
                ? SchemaLevel.SYNC
                : SchemaLevel.CLIENT_ID;
    }

    /** Refuses (409) an operation that needs the sync schema while the database is older. */
    public void requireSync(String operation) {
        SchemaLevel level = level();
        if (level != SchemaLevel.SYNC) {
            throw notMigrated(operation, level);
        }
    }

    public static RefusedException notMigrated(String operation, SchemaLevel level) {
        return new RefusedException(
                "schema",
                "The database is not migrated far enough for " + operation + " (feeding_records is at level "
                        + level.name().toLowerCase() + "); run POST /api/feedings/run-migration first");
    }

    public Optional<ColumnInfo> clientIdColumn() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(CLIENT_ID_COLUMN);
                ResultSet row = select.executeQuery()) {
            return row.next()
                    ? Optional.of(new ColumnInfo("client_id", row.getString(1), row.getBoolean(2), row.getString(3)))
                    : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the client_id column", e);
        }
    }
}
