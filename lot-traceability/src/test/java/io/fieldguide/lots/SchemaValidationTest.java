package io.fieldguide.lots;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The guide's integrity checks hold on the migrated schema: the core's validation finds nothing. */
@QuarkusTest
class SchemaValidationTest {

    @Test
    void theMigratedSchemaHasEveryDeclaredConstraintIndexEnumAndTrigger() {
        LotApi.reader()
                .get("/api/migrations/validate")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200)
                .body("valid", equalTo(true));
    }
}
