package io.fieldguide.migration.testing;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The lint gate every module runs: {@code class MigrationScriptsLintTest extends MigrationLintTest {}}
 * lints the module's {@code db/migration}. A script must pass, or mark a deliberate exception with
 * {@code -- lint:allow <rule> <reason>}. Override {@link #location()} for scripts elsewhere.
 */
public abstract class MigrationLintTest {

    /** The classpath location of the scripts. */
    protected String location() {
        return "db/migration";
    }

    @Test
    void migrationScriptsPassTheLint() throws IOException {
        MigrationScriptLint.assertClean(location());
    }
}
