package io.fieldguide.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packaged services, both signing and verifying with the same key (the dev pair of a local
 * demo): each accepts the tokens it minted and refuses the other's with 401, because every token
 * carries its service's audience and every service accepts only its own.
 */
class TokenAudienceIT {

    @TempDir
    Path feedingHome;

    @TempDir
    Path courseHome;

    @Test
    void aTokenMintedForOneServiceIsRefusedByTheOther() throws Exception {
        assumeTrue(
                Files.isRegularFile(PackagedService.jar(PackagedService.servicesDir(), "course-tracker")),
                "course-tracker is not packaged in this build");
        try (PackagedService feeding = PackagedService.start("feeding-tracker", feedingHome)) {
            feeding.awaitReady(Duration.ofSeconds(90));
            try (PackagedService course = PackagedService.start("course-tracker", courseHome)) {
                course.awaitReady(Duration.ofSeconds(90));
                String feedingAdmin = devToken(feeding);
                String courseAdmin = devToken(course);

                status(feeding, feedingAdmin, 200);
                status(course, courseAdmin, 200);
                status(feeding, courseAdmin, 401);
                status(course, feedingAdmin, 401);
                given().baseUri(feeding.uri("").toString())
                        .header("Authorization", "Bearer " + courseAdmin)
                        .contentType("application/json")
                        .body("{\"steps\": 1}")
                        .post("/api/migrations/rollback")
                        .then()
                        .statusCode(401)
                        .contentType("application/problem+json");
            }
        }
    }

    private static String devToken(PackagedService service) {
        return given().baseUri(service.uri("").toString())
                .post("/api/dev/token")
                .then()
                .statusCode(200)
                .extract()
                .path("token");
    }

    private static void status(PackagedService service, String token, int expected) {
        given().baseUri(service.uri("").toString())
                .header("Authorization", "Bearer " + token)
                .get("/api/migrations")
                .then()
                .statusCode(expected);
    }
}
