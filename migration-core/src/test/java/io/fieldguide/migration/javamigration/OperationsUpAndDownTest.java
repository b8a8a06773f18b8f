package io.fieldguide.migration.javamigration;

import static io.fieldguide.migration.javamigration.Operations.addCheckNotValid;
import static io.fieldguide.migration.javamigration.Operations.addColumn;
import static io.fieldguide.migration.javamigration.Operations.addForeignKeyNotValid;
import static io.fieldguide.migration.javamigration.Operations.column;
import static io.fieldguide.migration.javamigration.Operations.createIndex;
import static io.fieldguide.migration.javamigration.Operations.createIndexConcurrently;
import static io.fieldguide.migration.javamigration.Operations.createTable;
import static io.fieldguide.migration.javamigration.Operations.createUniqueIndex;
import static io.fieldguide.migration.javamigration.Operations.dropColumn;
import static io.fieldguide.migration.javamigration.Operations.dropIndexConcurrently;
import static io.fieldguide.migration.javamigration.Operations.dropOldTableName;
import static io.fieldguide.migration.javamigration.Operations.dropTable;
import static io.fieldguide.migration.javamigration.Operations.renameTable;
import static io.fieldguide.migration.javamigration.Operations.sql;
import static io.fieldguide.migration.javamigration.Operations.validateConstraint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.migration.rollback.Undo;
import io.fieldguide.migration.testing.DatabaseReset;
import io.fieldguide.migration.testing.TestSql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every operation of the Java migration API, up and then down, on the real PostgreSQL. */
@QuarkusTest
class OperationsUpAndDownTest {

    private static final Column ID = column("id", "bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY");
    private static final Column NAME = column("name", "text NOT NULL");
    private static final Column OWNER_ID = column("owner_id", "bigint");

    @Inject
    DataSource dataSource;

    Catalog catalog;

    @BeforeEach
    void emptyPublicSchemaWithAnOwnersTable() {
        DatabaseReset.dropSchema(dataSource, "public");
        DatabaseReset.execute(
                dataSource,
                "CREATE TABLE owners (id bigint PRIMARY KEY); CREATE TABLE parts (id bigint PRIMARY KEY, owner_id bigint);"
                        + " INSERT INTO owners VALUES (1); INSERT INTO parts VALUES (10, 1), (11, 1)");
        catalog = new Catalog(dataSource);
    }

    @Test
    void createTableAndItsDrop() throws SQLException {
        V1__Listed_operations migration = new V1__Listed_operations(createTable("gizmos", ID, NAME));

        migration.runUp(dataSource);
        assertEquals("table", catalog.relation("gizmos"));
        assertTrue(TestSql.columnExists(dataSource, "gizmos", "name"));

        migration.runDown(dataSource);
        assertEquals("none", catalog.relation("gizmos"));
    }

    @Test
    void dropTableIsUndoneByCreatingItAgainEmpty() throws SQLException {
        V1__Listed_operations migration =
                new V1__Listed_operations(dropTable("parts", column("id", "bigint PRIMARY KEY"), OWNER_ID));

        migration.runUp(dataSource);
        assertEquals("none", catalog.relation("parts"));

        migration.runDown(dataSource);
        assertEquals("table", catalog.relation("parts"));
        assertTrue(TestSql.columnExists(dataSource, "parts", "owner_id"));
        assertEquals(
                0, TestSql.count(dataSource, "SELECT count(*) FROM parts"), "the structure comes back, not the rows");
    }

    @Test
    void addColumnAndItsDrop() throws SQLException {
        V1__Listed_operations migration = new V1__Listed_operations(addColumn("parts", column("label", "text")));

        migration.runUp(dataSource);
        assertTrue(TestSql.columnExists(dataSource, "parts", "label"));

        migration.runDown(dataSource);
        assertFalse(TestSql.columnExists(dataSource, "parts", "label"));
    }

    @Test
    void dropColumnIsUndoneByAddingItAgain() throws SQLException {
        V1__Listed_operations migration = new V1__Listed_operations(dropColumn("parts", OWNER_ID));

        migration.runUp(dataSource);
        assertFalse(TestSql.columnExists(dataSource, "parts", "owner_id"));

        migration.runDown(dataSource);
        assertTrue(TestSql.columnExists(dataSource, "parts", "owner_id"));
    }

    @Test
    void createIndexAndUniqueIndexInTheTransaction() throws SQLException {
        V1__Listed_operations migration = new V1__Listed_operations(
                createIndex("parts", "owner_id"), createUniqueIndex("parts", "id", "owner_id"));

        migration.runUp(dataSource);
        assertEquals(
                "CREATE INDEX idx_parts_owner_id ON public.parts USING btree (owner_id)",
                catalog.indexDefinition("idx_parts_owner_id"));
        assertEquals(
                "CREATE UNIQUE INDEX idx_parts_id_owner_id ON public.parts USING btree (id, owner_id)",
                catalog.indexDefinition("idx_parts_id_owner_id"));

        migration.runDown(dataSource);
        assertEquals("none", catalog.relation("idx_parts_owner_id"));
        assertEquals("none", catalog.relation("idx_parts_id_owner_id"));
    }

    @Test
    void concurrentIndexBuildAndDropRunWithoutATransaction() throws SQLException {
        V1__Listed_operations build = new V1__Listed_operations(createIndexConcurrently("parts", "owner_id"));
        assertFalse(build.canExecuteInTransaction());
        assertTrue(new Undo.JavaUndo(build).needsAutocommit(), "the rollback runs its down without a transaction too");
        assertEquals(List.of("CREATE INDEX CONCURRENTLY idx_parts_owner_id ON parts (owner_id)"), build.upSql());

        build.runUp(dataSource);
        assertEquals("index", catalog.relation("idx_parts_owner_id"));
        build.runDown(dataSource);
        assertEquals("none", catalog.relation("idx_parts_owner_id"));

        build.runUp(dataSource);
        V1__Listed_operations drop = new V1__Listed_operations(dropIndexConcurrently("parts", "owner_id"));
        drop.runUp(dataSource);
        assertEquals("none", catalog.relation("idx_parts_owner_id"));
        drop.runDown(dataSource);
        assertEquals("index", catalog.relation("idx_parts_owner_id"));
    }

    @Test
    void aConcurrentOperationBesideOthersIsRefused() {
        V1__Listed_operations mixed = new V1__Listed_operations(
                addColumn("parts", column("label", "text")), createIndexConcurrently("parts", "id"));

        IllegalStateException e = assertThrows(IllegalStateException.class, mixed::canExecuteInTransaction);
        assertTrue(e.getMessage().contains("a migration of its own"), e.getMessage());
    }

    @Test
    void foreignKeyIsAddedNotValidThenValidatedAndDropped() throws SQLException {
        V1__Listed_operations add = new V1__Listed_operations(
                addForeignKeyNotValid("parts", "fk_parts_owner_id", "owner_id", "owners (id)", "CASCADE"));
        V1__Listed_operations validate = new V1__Listed_operations(validateConstraint("parts", "fk_parts_owner_id"));

        add.runUp(dataSource);
        assertEquals("not valid", catalog.constraint("fk_parts_owner_id"));
        validate.runUp(dataSource);
        assertEquals("valid", catalog.constraint("fk_parts_owner_id"));

        validate.runDown(dataSource);
        assertEquals("valid", catalog.constraint("fk_parts_owner_id"), "validation has nothing to undo");
        add.runDown(dataSource);
        assertEquals("none", catalog.constraint("fk_parts_owner_id"));
    }

    @Test
    void checkIsAddedNotValidSoExistingRowsAreLeftToTheValidation() throws SQLException {
        DatabaseReset.execute(dataSource, "INSERT INTO parts VALUES (-1, NULL)");
        V1__Listed_operations add = new V1__Listed_operations(addCheckNotValid("parts", "parts_id_positive", "id > 0"));

        add.runUp(dataSource);
        assertEquals("not valid", catalog.constraint("parts_id_positive"));
        SQLException refused = assertThrows(
                SQLException.class,
                () -> new V1__Listed_operations(validateConstraint("parts", "parts_id_positive")).runUp(dataSource));
        assertEquals("23514", refused.getSQLState(), "the existing row -1 fails the validation");

        add.runDown(dataSource);
        assertEquals("none", catalog.constraint("parts_id_positive"));
    }

    @Test
    void renamedTableStaysReadableAndWritableUnderItsOldNameUntilTheViewIsDropped() throws SQLException {
        V1__Listed_operations rename = new V1__Listed_operations(renameTable("parts", "components"));

        rename.runUp(dataSource);
        assertEquals("table", catalog.relation("components"));
        assertEquals("view", catalog.relation("parts"));
        DatabaseReset.execute(dataSource, "INSERT INTO parts VALUES (12, 1)");
        assertEquals(3, TestSql.count(dataSource, "SELECT count(*) FROM components"), "written through the old name");

        V1__Listed_operations nextRelease = new V1__Listed_operations(dropOldTableName("parts", "components"));
        nextRelease.runUp(dataSource);
        assertEquals("none", catalog.relation("parts"));
        nextRelease.runDown(dataSource);
        assertEquals("view", catalog.relation("parts"));

        rename.runDown(dataSource);
        assertEquals("table", catalog.relation("parts"));
        assertEquals("none", catalog.relation("components"));
        assertEquals(3, TestSql.count(dataSource, "SELECT count(*) FROM parts"));
    }

    @Test
    void rawSqlRunsItsOwnDown() throws SQLException {
        V1__Listed_operations migration = new V1__Listed_operations(
                sql("CREATE TYPE part_state AS ENUM ('new', 'used')", "DROP TYPE part_state"),
                sql("ALTER TABLE parts ADD COLUMN state part_state", "ALTER TABLE parts DROP COLUMN state"));

        migration.runUp(dataSource);
        assertEquals(1, TestSql.count(dataSource, "SELECT count(*) FROM pg_type WHERE typname = 'part_state'"));
        assertTrue(TestSql.columnExists(dataSource, "parts", "state"));

        migration.runDown(dataSource);
        assertFalse(TestSql.columnExists(dataSource, "parts", "state"));
        assertEquals(0, TestSql.count(dataSource, "SELECT count(*) FROM pg_type WHERE typname = 'part_state'"));
    }
}
