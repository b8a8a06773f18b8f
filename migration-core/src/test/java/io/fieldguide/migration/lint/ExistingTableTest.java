package io.fieldguide.migration.lint;

import static io.fieldguide.migration.lint.LintAssertions.lint;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lock rules skip tables created earlier in the same script: they are empty and nobody uses them yet. */
class ExistingTableTest {

    @Test
    void lockRulesSkipATableCreatedEarlierInTheScript() {
        assertEquals(
                List.of(),
                lint(
                        """
                CREATE TABLE drafts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, status text, code text);
                CREATE INDEX drafts_status_idx ON drafts (status);
                ALTER TABLE drafts ADD COLUMN token uuid NOT NULL DEFAULT gen_random_uuid();
                ALTER TABLE drafts ADD COLUMN note text NOT NULL;
                ALTER TABLE drafts ALTER COLUMN status SET NOT NULL;
                ALTER TABLE drafts ADD CONSTRAINT drafts_code_key UNIQUE (code);
                ALTER TABLE drafts ADD COLUMN parent_id bigint REFERENCES drafts (id);
                ALTER TABLE drafts ALTER COLUMN code TYPE varchar;
                ALTER TABLE drafts RENAME COLUMN note TO remark;
                ALTER TABLE drafts DROP COLUMN remark;
                DROP INDEX drafts_status_idx;
                ALTER TABLE drafts RENAME TO draft_orders;
                ALTER TABLE draft_orders ADD COLUMN memo text NOT NULL;
                DROP TABLE draft_orders;"""));
    }

    @Test
    void theSameStatementsOnAnExistingTableAreFlagged() {
        assertEquals(
                List.of(
                        "require-concurrent-index-creation@2",
                        "adding-volatile-default@3",
                        "adding-required-field@4",
                        "adding-not-nullable-field@5"),
                lint(
                        """
                        SET lock_timeout = '5s';
                        CREATE INDEX drafts_status_idx ON drafts (status);
                        ALTER TABLE drafts ADD COLUMN token uuid NOT NULL DEFAULT gen_random_uuid();
                        ALTER TABLE drafts ADD COLUMN note text NOT NULL;
                        ALTER TABLE drafts ALTER COLUMN status SET NOT NULL;"""));
    }

    @ParameterizedTest(name = "{0} then {1}: new={2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "app.drafts   | drafts       | true",
                "drafts       | app.drafts   | true",
                "app.drafts   | app.drafts   | true",
                "app.drafts   | other.drafts | false",
                "Drafts       | drafts       | true",
                "\"Drafts\"   | \"Drafts\"   | true",
                "\"Drafts\"   | Drafts       | false",
                "\"drafts\"   | DRAFTS       | true",
                "drafts       | drafts_v2    | false",
            })
    void matchesNamesTheWayPostgresqlResolvesThem(String created, String altered, boolean sameTable) {
        String sql = "SET lock_timeout = '5s';\nCREATE TABLE " + created + " (id bigint);\nALTER TABLE " + altered
                + " ALTER COLUMN id SET NOT NULL;";
        assertEquals(sameTable ? List.of() : List.of("adding-not-nullable-field@3"), lint(sql));
    }

    @Test
    void aTableIsOnlyNewAfterItsCreateStatement() {
        assertEquals(
                List.of("adding-not-nullable-field@2"),
                lint(
                        "SET lock_timeout = '5s';\nALTER TABLE drafts ALTER COLUMN id SET NOT NULL;\nCREATE TABLE drafts2 (id bigint);"));
    }

    @Test
    void aMaterializedViewCreatedInTheScriptIsNewToo() {
        assertEquals(
                List.of(),
                lint(
                        """
                CREATE MATERIALIZED VIEW IF NOT EXISTS order_totals AS SELECT customer_id, sum(total) FROM orders GROUP BY 1;
                CREATE UNIQUE INDEX order_totals_customer_idx ON order_totals (customer_id);"""));
    }

    @Test
    void columnTypeRulesApplyToNewTablesToo() {
        assertEquals(
                List.of("prefer-timestamptz@2"),
                lint("CREATE TABLE drafts (id bigint);\nALTER TABLE drafts ADD COLUMN created timestamp;"));
    }
}
