package io.fieldguide.migration.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** What a service's served OpenAPI document must be for a client, a generator and a validator to rely on it. */
public final class OpenApiChecks {

    private OpenApiChecks() {}

    /** Every response body has a schema: generated from the Java types, never an example alone. */
    public static void assertEveryResponseHasASchema() throws IOException {
        List<String> missing = ServedDocument.read().responsesWithoutSchema();
        assertEquals(List.of(), missing, "responses documented without a schema (add @Schema(implementation = ...))");
    }

    /** Redocly's recommended rules pass with no error and no warning; skipped where npm is absent. */
    public static void assertRedoclyLintIsClean() throws IOException {
        assumeTrue(
                Redocly.npmAvailable(),
                "npm is not on the PATH: the Redocly lint of the OpenAPI document is skipped (install Node.js 20+"
                        + " to run it)");
        Path document = ServedDocument.read().save();
        List<String> problems = Redocly.install().lint(document);
        assertEquals(List.of(), problems, "redocly lint " + document + " (recommended rules, warnings included)");
    }
}
