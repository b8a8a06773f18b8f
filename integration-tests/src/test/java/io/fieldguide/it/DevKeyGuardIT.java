package io.fieldguide.it;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.migration.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public dev-only JWT key is refused on a real database: anyone could mint an admin token. */
class DevKeyGuardIT {

    @TempDir
    Path home;

    @Test
    void aServiceOnAConfiguredDatabaseRefusesTheDevOnlyKey() throws Exception {
        try (TestDatabase database = TestDatabase.start();
                PackagedService service = PackagedService.start(
                        "feeding-tracker",
                        home,
                        "quarkus.datasource.jdbc.url=" + database.jdbcUrl(),
                        "quarkus.datasource.username=" + database.username(),
                        "quarkus.datasource.password=" + database.password(),
                        "mp.jwt.verify.publickey.location=META-INF/fieldguide/dev-only-jwt-public.pem")) {
            int exit = service.awaitExit(Duration.ofSeconds(60));

            assertNotEquals(0, exit);
            assertTrue(service.log().contains("Refusing to start: the JWT keys are the dev-only keys"), service.log());
        }
    }
}
