package io.fieldguide.migration.javamigration;

import static io.fieldguide.migration.javamigration.Operations.addColumn;
import static io.fieldguide.migration.javamigration.Operations.column;
import static io.fieldguide.migration.javamigration.Operations.createTable;
import static io.fieldguide.migration.javamigration.Operations.renameTable;
import static io.fieldguide.migration.javamigration.Operations.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fieldguide.migration.testing.DatabaseReset;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rollback's data-loss check reads a Java migration's down as it reads a U script. */
@QuarkusTest
class OperationsDataLossTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void emptyPublicSchema() {
        DatabaseReset.dropSchema(dataSource, "public");
    }

    @Test
    void droppingATableOrAColumnThatHoldsDataIsAtRisk() throws SQLException {
        V1__Listed_operations migration = new V1__Listed_operations(
                createTable("gizmos", column("id", "bigint PRIMARY KEY")),
                addColumn("gizmos", column("label", "text")));
        migration.runUp(dataSource);
        assertEquals(List.of(), risks(migration), "empty: nothing to lose");

        DatabaseReset.execute(dataSource, "INSERT INTO gizmos VALUES (1, 'a'), (2, 'b'), (3, NULL)");

        assertEquals(List.of("2 values in gizmos.label", "3 rows in gizmos"), risks(migration));
    }

    @Test
    void aRenameLosesNothing() throws SQLException {
        DatabaseReset.execute(dataSource, "CREATE TABLE parts (id bigint); INSERT INTO parts VALUES (1)");
        V1__Listed_operations migration = new V1__Listed_operations(renameTable("parts", "components"));
        migration.runUp(dataSource);

        assertEquals(List.of(), risks(migration));
    }

    @Test
    void rawSqlWhoseDownKeepsTheDataSaysSo() throws SQLException {
        DatabaseReset.execute(dataSource, "CREATE TABLE parts (id bigint); INSERT INTO parts VALUES (1)");
        V1__Listed_operations saying = new V1__Listed_operations(sql(
                "CREATE TABLE parts_copy AS SELECT * FROM parts",
                "-- undo:keeps-data parts holds the same rows\nDROP TABLE parts_copy"));
        V1__Listed_operations silent = new V1__Listed_operations(
                sql("CREATE TABLE parts_copy AS SELECT * FROM parts", "DROP TABLE parts_copy"));
        saying.runUp(dataSource);

        assertEquals(List.of(), risks(saying));
        assertEquals(List.of("1 rows in parts_copy"), risks(silent));
    }

    private List<String> risks(V1__Listed_operations migration) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return migration.dataAtRisk(connection);
        }
    }
}
