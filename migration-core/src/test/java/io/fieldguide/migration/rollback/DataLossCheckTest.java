package io.fieldguide.migration.rollback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fieldguide.migration.testing.DatabaseReset;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The undo scripts' data-loss check reads SQL with the core's lexer, against a real catalog. */
@QuarkusTest
class DataLossCheckTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void twoFilledTablesAnEmptyOneAndATypeInUse() {
        DatabaseReset.execute(
                dataSource,
                "DROP SCHEMA IF EXISTS dlc CASCADE; CREATE SCHEMA dlc;"
                        + " CREATE TYPE dlc.mood AS ENUM ('ok', 'sad');"
                        + " CREATE TABLE dlc.a (id int, note text, feeling dlc.mood);"
                        + " CREATE TABLE dlc.b (id int); CREATE TABLE dlc.empty (id int);"
                        + " INSERT INTO dlc.a VALUES (1, 'x', 'ok'), (2, NULL, NULL); INSERT INTO dlc.b VALUES (1)");
    }

    @AfterEach
    void dropTheSchema() {
        DatabaseReset.execute(dataSource, "DROP SCHEMA IF EXISTS dlc CASCADE");
    }

    @Test
    void truncatingTwoTablesChecksBoth() throws Exception {
        assertEquals(List.of("2 rows in dlc.a", "1 rows in dlc.b"), risks("TRUNCATE dlc.a, dlc.b;"));
        assertEquals(List.of("1 rows in dlc.b"), risks("TRUNCATE TABLE ONLY dlc.empty, dlc.b RESTART IDENTITY;"));
    }

    @Test
    void droppingTablesColumnsSchemasAndTypesIsChecked() throws Exception {
        assertEquals(
                List.of("2 rows in dlc.a", "1 rows in dlc.b"),
                risks("DROP TABLE IF EXISTS dlc.a, dlc.b, dlc.empty CASCADE;"));
        assertEquals(
                List.of("1 values in dlc.a.note"),
                risks("ALTER TABLE dlc.a DROP CONSTRAINT IF EXISTS x, DROP COLUMN IF EXISTS note, DROP id2;"));
        assertEquals(List.of("2 rows in dlc.a", "1 rows in dlc.b"), risks("DROP SCHEMA dlc CASCADE;"));
        assertEquals(List.of("1 values in dlc.a.feeling"), risks("DROP TYPE dlc.mood CASCADE;"));
        assertEquals(List.of("2 rows in dlc.a"), risks("DELETE FROM dlc.a WHERE id > 0;"));
    }

    @Test
    void keywordsAndMarkersInsideStringsOrCommentsDoNotCount() throws Exception {
        assertEquals(List.of("2 rows in dlc.a"), risks("SELECT '-- undo:keeps-data not really'; DROP TABLE dlc.a;"));
        assertEquals(List.of(), risks("INSERT INTO dlc.b VALUES (2) /* DROP TABLE dlc.a */; SELECT 'TRUNCATE dlc.a';"));
        assertEquals(List.of(), risks("-- undo:keeps-data copied to dlc.archive first\nDROP TABLE dlc.a;"));
        assertEquals(List.of(), risks("DROP TABLE dlc.empty; DROP TABLE IF EXISTS dlc.missing;"));
    }

    private List<String> risks(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return DataLossCheck.risks(connection, sql);
        }
    }
}
