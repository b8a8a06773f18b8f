package io.fieldguide.migration.lint;

import static io.fieldguide.migration.lint.LintAssertions.lint;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule both ways: a script that triggers it (with the exact findings) and the safe way to write it. */
class MigrationLinterTest {

    static Stream<Arguments> flaggedScripts() {
        return Stream.of(
                flagged(
                        "SET lock_timeout = '5s';\nCREATE INDEX orders_status_idx ON orders (status);",
                        "require-concurrent-index-creation@2"),
                flagged(
                        "SET lock_timeout = '5s';\nDROP INDEX orders_status_idx;",
                        "require-concurrent-index-deletion@2"),
                flagged(
                        """
                        CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);
                        ALTER TABLE orders ADD COLUMN IF NOT EXISTS note text;""",
                        "ban-concurrent-index-in-transaction@1",
                        "require-lock-timeout@2"),
                flagged(
                        """
                        SET lock_timeout = '5s';
                        CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);""",
                        "ban-concurrent-index-in-transaction@2"),
                flagged(
                        """
                        BEGIN;
                        DROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;
                        COMMIT;""",
                        "transaction-nesting@1",
                        "ban-concurrent-index-in-transaction@2",
                        "transaction-nesting@3"),
                flagged("REINDEX INDEX CONCURRENTLY orders_status_idx;", "ban-concurrent-index-in-transaction@1"),
                flagged(
                        "SET lock_timeout = '5s';\nALTER TABLE orders ALTER COLUMN status SET NOT NULL;",
                        "adding-not-nullable-field@2"),
                flagged(
                        """
                        SET lock_timeout = '5s';
                        ALTER TABLE orders ADD CONSTRAINT orders_status_nn CHECK (status IS NOT NULL) NOT VALID;
                        ALTER TABLE orders ALTER COLUMN status SET NOT NULL;""",
                        "adding-not-nullable-field@3"),
                flagged(
                        "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN note text NOT NULL;",
                        "adding-required-field@2"),
                flagged(
                        "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();",
                        "adding-volatile-default@2"),
                flagged(
                        "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN seq bigint NOT NULL DEFAULT nextval('s');",
                        "adding-volatile-default@2"),
                flagged(
                        "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN seq bigserial;",
                        "adding-volatile-default@2",
                        "prefer-identity@2"),
                flagged(
                        "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN id2 bigint GENERATED ALWAYS AS IDENTITY;",
                        "adding-volatile-default@2"),
                flagged(
                        """
                        SET lock_timeout = '5s';
                        ALTER TABLE orders
                            ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);""",
                        "constraint-missing-not-valid@3"),
                flagged(
                        "SET lock_timeout = '5s';\nALTER TABLE orders ADD CONSTRAINT total_positive CHECK (total > 0);",
                        "constraint-missing-not-valid@2"),
                flagged(
                        "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN customer_id bigint REFERENCES customers (id);",
                        "constraint-missing-not-valid@2"),
                flagged(
                        "SET lock_timeout = '5s';\nALTER TABLE orders ADD CONSTRAINT orders_code_key UNIQUE (code);",
                        "disallowed-unique-constraint@2"),
                flagged(
                        "SET lock_timeout = '5s';\nALTER TABLE orders ADD PRIMARY KEY (id);",
                        "disallowed-unique-constraint@2"),
                flagged(
                        "SET lock_timeout = '5s';\nALTER TABLE orders ALTER COLUMN total TYPE numeric(12, 2);",
                        "changing-column-type@2"),
                flagged(
                        "SET lock_timeout = '5s';\nALTER TABLE orders ALTER total SET DATA TYPE bigint;",
                        "changing-column-type@2"),
                flagged(
                        "SET lock_timeout = '5s';\nALTER TABLE orders RENAME COLUMN note TO remark;",
                        "renaming-column@2"),
                flagged("SET lock_timeout = '5s';\nALTER TABLE orders RENAME TO purchase_orders;", "renaming-table@2"),
                flagged("SET lock_timeout = '5s';\nALTER TABLE orders DROP COLUMN legacy;", "ban-drop-column@2"),
                flagged("SET lock_timeout = '5s';\nDROP TABLE legacy_orders;", "ban-drop-table@2"),
                flagged(
                        "ALTER TABLE orders ADD COLUMN note text;\nALTER TABLE orders ADD COLUMN memo text;",
                        "require-lock-timeout@1"),
                flagged("SET lock_timeout = 0;\nALTER TABLE orders ADD COLUMN note text;", "require-lock-timeout@2"),
                flagged("ALTER TABLE orders ADD COLUMN note text;\nSET lock_timeout = '5s';", "require-lock-timeout@1"),
                flagged(
                        "SET lock_timeout = '5s';\nRESET lock_timeout;\nCREATE TRIGGER t AFTER UPDATE ON orders"
                                + " FOR EACH ROW EXECUTE FUNCTION audit();",
                        "require-lock-timeout@3"),
                flagged(
                        "CREATE TABLE lines (id bigint, order_id bigint REFERENCES orders (id));",
                        "require-lock-timeout@1"),
                flagged(
                        "CREATE TABLE events (\n    id bigint,\n    happened_at timestamp(3) without time zone\n);",
                        "prefer-timestamptz@3"),
                flagged("CREATE TABLE events (id bigint, happened_at timestamp);", "prefer-timestamptz@1"),
                flagged(
                        "CREATE TABLE counters (a integer, b int4, c smallint, d int2);",
                        "prefer-bigint-over-int@1",
                        "prefer-bigint-over-int@1",
                        "prefer-bigint-over-int@1",
                        "prefer-bigint-over-int@1"),
                flagged("CREATE TABLE counters (\n    id serial\n);", "prefer-bigint-over-int@2", "prefer-identity@2"),
                flagged(
                        "CREATE TABLE names (a varchar(255), b character varying(40));",
                        "prefer-text-field@1",
                        "prefer-text-field@1"),
                flagged("CREATE TABLE codes (a char(2), b character(3));", "ban-char-field@1", "ban-char-field@1"),
                flagged("CREATE TABLE t (" + "x".repeat(64) + " text);", "identifier-too-long@1"),
                flagged("CREATE TABLE t (" + "é".repeat(32) + " text);", "identifier-too-long@1"),
                flagged("CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);", "prefer-robust-stmts@1"),
                flagged("DROP INDEX CONCURRENTLY orders_status_idx;", "prefer-robust-stmts@1"),
                flagged(
                        "BEGIN;\nSET LOCAL lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;",
                        "transaction-nesting@1",
                        "transaction-nesting@4"));
    }

    @ParameterizedTest
    @MethodSource("flaggedScripts")
    void flagsUnsafeScripts(String sql, List<String> expected) {
        assertEquals(expected, lint(sql));
    }

    static Stream<String> safeScripts() {
        return Stream.of(
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);",
                "-- concurrent builds go alone\nDROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;",
                """
                DROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;
                CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);""",
                "SET lock_timeout = '5s';\nALTER TABLE orders ADD CONSTRAINT orders_status_nn CHECK (status IS NOT NULL) NOT VALID;",
                "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN note text NOT NULL DEFAULT '';",
                "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN created timestamptz NOT NULL DEFAULT now();",
                "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN created timestamptz DEFAULT current_timestamp;",
                "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN token uuid;",
                """
                SET lock_timeout = '5s';
                ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id)
                    REFERENCES customers (id) NOT VALID;""",
                "SET lock_timeout = '5s';\nALTER TABLE orders ADD CONSTRAINT total_positive CHECK (total > 0) NOT VALID;",
                "SET lock_timeout = '5s';\nALTER TABLE orders ADD CONSTRAINT orders_code_key UNIQUE USING INDEX orders_code_idx;",
                "SET LOCAL lock_timeout TO '5s';\nALTER TABLE orders ADD COLUMN total_v2 numeric(12, 2);",
                "SELECT set_config('lock_timeout', '5s', true);\nALTER TABLE orders ADD COLUMN note text;",
                "SET lock_timeout = '5s';\nALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;",
                "ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;",
                """
                CREATE TABLE IF NOT EXISTS events (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    happened_at timestamptz NOT NULL,
                    logged_at timestamp with time zone,
                    name text,
                    label varchar,
                    kind "char"
                );""",
                "CREATE TABLE t (" + "x".repeat(63) + " text);",
                "CREATE TABLE t (id bigint);",
                "INSERT INTO settings (k, v) VALUES ('a', 'b');\nUPDATE settings SET v = 'c' WHERE k = 'a';",
                "SELECT 'ALTER TABLE orders DROP COLUMN legacy';",
                "-- ALTER TABLE orders DROP COLUMN legacy;\nSELECT 1;",
                "");
    }

    @ParameterizedTest
    @MethodSource("safeScripts")
    void acceptsSafeScripts(String sql) {
        assertEquals(List.of(), lint(sql));
    }

    @Test
    void doBlockBodiesAreOpaque() {
        // A known limit: PL/pgSQL bodies are not linted, so DDL hidden in a DO block goes unseen.
        assertEquals(List.of(), lint("DO $$ BEGIN ALTER TABLE orders DROP COLUMN legacy; END $$;"));
    }

    @Test
    void volatileDefaultsAreRecognisedWhateverTheFunction() {
        for (String function :
                List.of("random()", "clock_timestamp()", "uuid_generate_v4()", "public.gen_random_uuid()")) {
            assertEquals(
                    List.of("adding-volatile-default@2"),
                    lint("SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN x text DEFAULT " + function + ";"),
                    function);
        }
    }

    @Test
    void aValidCheckForAnotherColumnDoesNotExcuseSetNotNull() {
        assertEquals(
                List.of("constraint-missing-not-valid@2", "adding-not-nullable-field@3"),
                lint(
                        """
                SET lock_timeout = '5s';
                ALTER TABLE orders ADD CONSTRAINT note_nn CHECK (note IS NOT NULL);
                ALTER TABLE orders ALTER COLUMN status SET NOT NULL;"""));
    }

    @Test
    void aCheckAddedValidExcusesSetNotNullButIsItselfFlagged() {
        assertEquals(
                List.of("constraint-missing-not-valid@2"),
                lint(
                        """
                SET lock_timeout = '5s';
                ALTER TABLE orders ADD CONSTRAINT status_nn CHECK (status IS NOT NULL);
                ALTER TABLE orders ALTER COLUMN status SET NOT NULL;"""));
    }

    @Test
    void dropsAreAllowedInUndoScriptsButRenamesAreNot() {
        String sql =
                """
                SET lock_timeout = '5s';
                ALTER TABLE orders DROP COLUMN note;
                DROP TABLE order_notes;
                ALTER TABLE orders RENAME COLUMN remark TO note;""";
        assertEquals(List.of("ban-drop-column@2", "ban-drop-table@3", "renaming-column@4"), lint("V7__notes.sql", sql));
        assertEquals(List.of("renaming-column@4"), lint("U7__notes.sql", sql));
        assertEquals(List.of("renaming-column@4"), lint("db/migration/U7__notes.sql", sql));
    }

    @Test
    void undoScriptsMayRestoreOldColumnTypes() {
        String sql = "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN code varchar(20);";
        assertEquals(List.of("prefer-text-field@2"), lint("V3__code.sql", sql));
        assertEquals(List.of(), lint("U3__code.sql", sql));
    }

    @Test
    void flywayMixedLetsSetStatementsJoinConcurrentBuilds() {
        MigrationLinter mixed = new MigrationLinter(LintConfig.defaults().withFlywayMixed(true));
        String withSet = "SET statement_timeout = '1h';\nCREATE INDEX CONCURRENTLY IF NOT EXISTS i ON orders (status);";
        assertEquals(List.of(), LintAssertions.ids(mixed.lint("V1__i.sql", withSet)));
        String withDdl =
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON orders (status);\nCREATE TABLE IF NOT EXISTS x (id bigint);";
        assertEquals(
                List.of("ban-concurrent-index-in-transaction@1"), LintAssertions.ids(mixed.lint("V1__i.sql", withDdl)));
    }

    @Test
    void robustStatementsAreOnlyRequiredOutsideATransaction() {
        assertEquals(List.of(), lint("CREATE TABLE t (id bigint);\nALTER TABLE t ADD COLUMN note text;"));
        // VACUUM also runs outside a transaction, so it may share the script; the DROP must then be retryable
        assertEquals(
                List.of("prefer-robust-stmts@2"), lint("VACUUM orders;\nDROP INDEX CONCURRENTLY orders_status_idx;"));
    }

    @Test
    void disabledRulesAreNotReported() {
        MigrationLinter linter = new MigrationLinter(LintConfig.defaults().disabling(LintRule.PREFER_BIGINT_OVER_INT));
        assertEquals(
                List.of("prefer-identity@1"),
                LintAssertions.ids(linter.lint("V1__t.sql", "CREATE TABLE t (id serial);")));
    }

    @Test
    void findingsCarryMessageAndHint() {
        LintFinding finding = LintAssertions.LINTER
                .lint("V2__idx.sql", "SET lock_timeout = '5s';\nCREATE INDEX orders_status_idx ON orders (status);")
                .get(0);
        assertEquals(LintRule.REQUIRE_CONCURRENT_INDEX_CREATION, finding.rule());
        assertEquals("V2__idx.sql", finding.script());
        assertEquals(
                "V2__idx.sql:2 require-concurrent-index-creation CREATE INDEX orders_status_idx on existing table orders"
                        + " takes a SHARE lock that blocks all writes until the index is built (use CREATE INDEX"
                        + " CONCURRENTLY in a script of its own, which Flyway runs outside a transaction)",
                finding.format());
    }

    private static Arguments flagged(String sql, String... expected) {
        return Arguments.of(sql, List.of(expected));
    }
}
