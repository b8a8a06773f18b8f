package db.testschema;

import io.fieldguide.migration.undo.ReversibleMigration;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Test schema, step 4: a Java migration with a down, and a data-loss check for it. */
public class V4__Create_gadgets extends ReversibleMigration {

    @Override
    protected void up(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE gadgets (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                    + " widget_id bigint NOT NULL REFERENCES widgets (id), label text NOT NULL)");
            statement.execute("CREATE INDEX gadgets_widget_id_idx ON gadgets (widget_id)");
        }
    }

    @Override
    public void down(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE gadgets");
        }
    }

    @Override
    public List<String> dataAtRisk(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM gadgets")) {
            rows.next();
            long count = rows.getLong(1);
            return count == 0 ? List.of() : List.of(count + " rows in gadgets");
        }
    }
}
