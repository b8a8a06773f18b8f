package io.fieldguide.learning;

import io.fieldguide.migration.testing.MigrationLintTest;

/** Every script in db/migration is safe on a busy table, or says why not. */
class MigrationScriptsLintTest extends MigrationLintTest {}
