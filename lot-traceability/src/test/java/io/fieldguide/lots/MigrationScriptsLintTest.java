package io.fieldguide.lots;

import io.fieldguide.migration.testing.MigrationScriptLint;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Every script in db/migration is safe on a busy table, or says why not. */
class MigrationScriptsLintTest {

    @Test
    void migrationScriptsPassTheLint() throws IOException {
        MigrationScriptLint.assertClean("db/migration");
    }
}
