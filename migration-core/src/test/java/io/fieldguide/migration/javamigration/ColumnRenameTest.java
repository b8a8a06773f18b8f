package io.fieldguide.migration.javamigration;

import static io.fieldguide.migration.javamigration.Operations.dropOldColumnName;
import static io.fieldguide.migration.javamigration.Operations.renameColumn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.migration.testing.DatabaseReset;
import io.fieldguide.migration.testing.TestSql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A column renamed while the release that knows only the old name keeps reading and writing it:
 * the expand step, its undo, the contract step and its undo, each on the real PostgreSQL with
 * writers running, every value checked.
 */
@QuarkusTest
class ColumnRenameTest {

    private static final int ROWS = 20_000;

    /** The rows' ids and values in one checksum, read under a column name. */
    private static final String CHECKSUM = "SELECT md5(string_agg(id || ':' || %s, ',' ORDER BY id)) FROM tools";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void toolsWithLabels() {
        DatabaseReset.dropSchema(dataSource, "public");
        DatabaseReset.execute(
                dataSource,
                "CREATE TABLE tools (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, label text NOT NULL);"
                        + " INSERT INTO tools (label) SELECT 'tool ' || g FROM generate_series(1, " + ROWS + ") g");
    }

    @Test
    void theOldReleaseKeepsReadingAndWritingWhileTheColumnIsRenamedAndTheRenameIsUndone() throws Exception {
        V1__Listed_operations rename = new V1__Listed_operations(renameColumn("tools", "label", "name", "text"));
        assertFalse(rename.canExecuteInTransaction(), "the copy commits batch by batch");

        try (BusyTable oldRelease = oldRelease()) {
            oldRelease.awaitStatements(200);
            rename.runUp(dataSource);
            oldRelease.awaitStatements(200);

            assertTrue(TestSql.columnExists(dataSource, "tools", "name"));
            try (BusyTable newRelease = new BusyTable(dataSource)
                    .repeat(
                            "new writer",
                            (connection, n) -> execute(connection, "INSERT INTO tools (name) VALUES ('new ' || ?)", n))
                    .repeat(
                            "new updater",
                            (connection, n) -> execute(
                                    connection,
                                    "UPDATE tools SET name = 'renamed ' || ? WHERE id = ?",
                                    n,
                                    1 + n % ROWS))) {
                newRelease.awaitStatements(200);
                assertEquals(List.of(), newRelease.failures());
            }
            DatabaseReset.execute(dataSource, "INSERT INTO tools (name) VALUES ('written by the new release')");
            oldRelease.awaitStatements(200);
            assertEquals(0, differingRows(), "every row has the same value under both names");

            rename.runDown(dataSource);
            oldRelease.awaitStatements(200);
            assertEquals(List.of(), oldRelease.failures(), "the old release never failed");
        }
        assertFalse(TestSql.columnExists(dataSource, "tools", "name"));
        assertEquals(
                0, TestSql.count(dataSource, "SELECT count(*) FROM pg_trigger WHERE tgname = 'tools_label_name_sync'"));
        assertEquals(
                1,
                TestSql.count(dataSource, "SELECT count(*) FROM tools WHERE label = 'written by the new release'"),
                "a row the new release wrote keeps its value under the old name after the undo");
    }

    @Test
    void theCopyKeepsEveryValueAndTheUndoLosesNothing() throws SQLException {
        String before = TestSql.text(dataSource, CHECKSUM.formatted("label"));
        V1__Listed_operations rename = new V1__Listed_operations(renameColumn("tools", "label", "name", "text"));

        rename.runUp(dataSource);

        assertEquals(before, TestSql.text(dataSource, CHECKSUM.formatted("name")), "every value copied");
        assertEquals(before, TestSql.text(dataSource, CHECKSUM.formatted("label")), "and none changed");
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(List.of(), rename.dataAtRisk(connection), "the old column still holds every value");
        }
        rename.runDown(dataSource);
        assertEquals(before, TestSql.text(dataSource, CHECKSUM.formatted("label")));
    }

    @Test
    void theContractStepDropsTheOldNameAndItsUndoBringsTheValuesBack() throws SQLException {
        String before = TestSql.text(dataSource, CHECKSUM.formatted("label"));
        V1__Listed_operations rename = new V1__Listed_operations(renameColumn("tools", "label", "name", "text"));
        V1__Listed_operations contract = new V1__Listed_operations(dropOldColumnName("tools", "label", "name", "text"));
        rename.runUp(dataSource);

        contract.runUp(dataSource);
        assertFalse(TestSql.columnExists(dataSource, "tools", "label"));
        assertEquals(before, TestSql.text(dataSource, CHECKSUM.formatted("name")));
        DatabaseReset.execute(dataSource, "INSERT INTO tools (name) VALUES ('after the contract')");

        contract.runDown(dataSource);
        assertEquals(0, differingRows(), "label is back, equal to name in every row");
        rename.runDown(dataSource);
        assertEquals(1, TestSql.count(dataSource, "SELECT count(*) FROM tools WHERE label = 'after the contract'"));
        assertEquals(ROWS + 1, TestSql.count(dataSource, "SELECT count(*) FROM tools"));
    }

    @Test
    void aRenameThatFailsHalfwayIsUndoneAndLeavesTheTableAsItWas() {
        String before = TestSql.text(dataSource, CHECKSUM.formatted("label"));
        DatabaseReset.execute(
                dataSource,
                "CREATE FUNCTION refuse_updates() RETURNS trigger LANGUAGE plpgsql AS"
                        + " $$ BEGIN RAISE EXCEPTION 'tools are read-only today'; END $$;"
                        + " CREATE TRIGGER refuse_updates BEFORE UPDATE ON tools FOR EACH ROW EXECUTE FUNCTION refuse_updates()");
        V1__Listed_operations rename = new V1__Listed_operations(renameColumn("tools", "label", "name", "text"));

        SQLException failed = assertThrows(SQLException.class, () -> rename.runUp(dataSource));

        assertTrue(failed.getMessage().contains("read-only today"), failed.getMessage());
        assertFalse(TestSql.columnExists(dataSource, "tools", "name"), "the added column is gone again");
        assertEquals(
                0, TestSql.count(dataSource, "SELECT count(*) FROM pg_proc WHERE proname = 'tools_label_name_sync'"));
        assertEquals(before, TestSql.text(dataSource, CHECKSUM.formatted("label")));
    }

    /** The release before the rename: reads, inserts and updates by the old name only. */
    private BusyTable oldRelease() {
        return new BusyTable(dataSource)
                .repeat("old reader", (connection, n) -> {
                    try (PreparedStatement read = connection.prepareStatement("SELECT label FROM tools WHERE id = ?")) {
                        read.setLong(1, 1 + n % ROWS);
                        try (ResultSet row = read.executeQuery()) {
                            row.next();
                        }
                    }
                })
                .repeat(
                        "old writer",
                        (connection, n) -> execute(connection, "INSERT INTO tools (label) VALUES ('old ' || ?)", n))
                .repeat(
                        "old updater",
                        (connection, n) -> execute(
                                connection,
                                "UPDATE tools SET label = 'edited ' || ? WHERE id = ?",
                                n,
                                1 + (n * 7) % ROWS));
    }

    private long differingRows() {
        return TestSql.count(dataSource, "SELECT count(*) FROM tools WHERE name IS DISTINCT FROM label");
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }
}
