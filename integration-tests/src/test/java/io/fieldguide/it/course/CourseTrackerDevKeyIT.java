package io.fieldguide.it.course;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fieldguide.it.PackagedService;
import io.fieldguide.migration.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packaged course-tracker on a configured database refuses the repository's dev-only keys, for
 * verifying and for signing login tokens: anyone could mint a migration-admin token with them.
 */
class CourseTrackerDevKeyIT {

    private static final Path REPOSITORY = Path.of(System.getProperty("services.dir", ".."));

    @Test
    void refusesTheDevOnlyVerifyKey() throws Exception {
        assertRefused("mp.jwt.verify.publickey.location=META-INF/fieldguide/dev-only-jwt-public.pem");
    }

    @Test
    void refusesTheDevOnlySigningKey() throws Exception {
        assertRefused("smallrye.jwt.sign.key.location=META-INF/fieldguide/dev-only-jwt-private.pem");
    }

    private static void assertRefused(String devKey) throws Exception {
        assumeTrue(
                Files.isRegularFile(PackagedService.jar(REPOSITORY, "course-tracker")),
                "course-tracker is not packaged in this build");
        try (TestDatabase database = TestDatabase.start();
                PackagedService service = PackagedService.start(
                        REPOSITORY,
                        "course-tracker",
                        Files.createTempDirectory("course-devkey-home"),
                        List.of(
                                "quarkus.datasource.jdbc.url=" + database.jdbcUrl(),
                                "quarkus.datasource.username=" + database.username(),
                                "quarkus.datasource.password=" + database.password(),
                                devKey))) {
            int exit = service.awaitExit(Duration.ofSeconds(90));

            assertNotEquals(0, exit);
            assertTrue(service.log().contains("Refusing to start: the JWT keys are the dev-only keys"), service.log());
        }
    }
}
