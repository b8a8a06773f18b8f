package io.fieldguide.migration.flyway;

import io.fieldguide.migration.testing.MigrationScriptLint;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class CoreScriptsLintTest {

    @Test
    void theCoreBookkeepingScriptsPassTheLint() throws IOException {
        MigrationScriptLint.assertClean("io/fieldguide/migration/db");
    }
}
