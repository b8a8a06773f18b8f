package io.fieldguide.migration.flyway;

import io.fieldguide.migration.testing.MigrationLintTest;

/** The core's bookkeeping scripts pass the lint that every module's scripts pass. */
class CoreScriptsLintTest extends MigrationLintTest {

    @Override
    protected String location() {
        return "io/fieldguide/migration/db";
    }
}
