package io.fieldguide.migration.lint;

import static io.fieldguide.migration.lint.LintAssertions.lint;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ban-create-domain-with-constraint, ban-alter-domain-with-add-constraint,
 * require-enum-value-ordering and ban-duplicate-column-assignments, each both ways. Each flagged
 * case names the rule and the line of the statement.
 */
class TypeAndAssignmentRulesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "CREATE DOMAIN grams AS bigint CHECK (VALUE >= 0);                        | ban-create-domain-with-constraint@1",
                "CREATE DOMAIN label AS text CONSTRAINT label_present NOT NULL;           | ban-create-domain-with-constraint@1",
                "ALTER TYPE feeding_kind ADD VALUE 'bottle';                               | require-enum-value-ordering@1",
                "ALTER TYPE feeding_kind ADD VALUE IF NOT EXISTS 'bottle';                 | require-enum-value-ordering@1",
                "UPDATE lots SET status = 'open', status = 'closed';                       | ban-duplicate-column-assignments@1",
                "UPDATE lots AS l SET (status, note) = ('open', ''), note = 'x' WHERE id > 0; | ban-duplicate-column-assignments@1",
                "INSERT INTO lots (code, status, code) VALUES ('a', 'open', 'b');          | ban-duplicate-column-assignments@1",
                "INSERT INTO lots (code) VALUES ('a') ON CONFLICT (code) DO UPDATE SET note = 'a', note = 'b'; | ban-duplicate-column-assignments@1",
            })
    void flagged(String sql, String expected) {
        assertEquals(List.of(expected), lint(sql));
    }

    @Test
    void addingADomainConstraintIsFlaggedAndAsksForALockTimeout() {
        assertEquals(
                List.of("ban-alter-domain-with-add-constraint@1", "require-lock-timeout@1"),
                lint("ALTER DOMAIN grams ADD CONSTRAINT grams_sane CHECK (VALUE < 1e9) NOT VALID;"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CREATE DOMAIN grams AS bigint;",
                "CREATE DOMAIN label AS text DEFAULT '' COLLATE \"C\";",
                "SET LOCAL lock_timeout = '5s';\nALTER DOMAIN grams DROP CONSTRAINT grams_sane;",
                "ALTER TYPE feeding_kind ADD VALUE 'bottle' AFTER 'breast';",
                "ALTER TYPE feeding_kind ADD VALUE 'pumped' BEFORE 'formula';",
                "ALTER TYPE feeding_kind RENAME VALUE 'bottle' TO 'formula';",
                "UPDATE lots SET status = 'open', note = 'reopened' WHERE status = 'closed';",
                "UPDATE pallets SET position.x = 1, position.y = 2;",
                "UPDATE pallets SET slots[1] = 'a', slots[2] = 'b';",
                "INSERT INTO lots (code, status) VALUES ('a', 'open') ON CONFLICT (code) DO UPDATE SET status = excluded.status;",
                "INSERT INTO lots SELECT * FROM staged_lots;",
            })
    void accepted(String sql) {
        assertEquals(List.of(), lint(sql));
    }
}
