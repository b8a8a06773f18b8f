package io.fieldguide.migration.contract;

import io.fieldguide.migration.testing.contract.OpenApiChecks;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The core's own document (its API plus the test-only endpoints) meets what every service's must. */
@QuarkusTest
class CoreOpenApiDocumentTest {

    @Test
    void everyResponseHasASchema() throws IOException {
        OpenApiChecks.assertEveryResponseHasASchema();
    }

    @Test
    void redoclyLintIsClean() throws IOException {
        OpenApiChecks.assertRedoclyLintIsClean();
    }
}
