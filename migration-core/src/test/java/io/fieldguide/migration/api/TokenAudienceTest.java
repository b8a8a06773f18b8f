package io.fieldguide.migration.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.migration.embedded.DevKeys;
import io.fieldguide.migration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.util.ResourceUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service accepts only tokens meant for it; the dev-only key is recognised by its material. */
@QuarkusTest
class TokenAudienceTest {

    @Test
    void aTokenForThisServiceIsAcceptedAndCarriesItsName() {
        String token = TestTokens.reader();
        given().header("Authorization", TestTokens.bearer(token))
                .get("/api/migrations")
                .then()
                .statusCode(200);
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"aud\":\"migration-core-test\""), claims);
    }

    @Test
    void anAdminTokenForAnotherServiceIs401ForReadsAndWrites() {
        String foreign =
                TestTokens.bearer(TestTokens.forAudience("course-tracker", "ada-admin", TestTokens.ADMIN_ROLE));
        given().header("Authorization", foreign)
                .get("/api/migrations")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", foreign)
                .contentType("application/json")
                .body("{\"steps\": 1}")
                .post("/api/migrations/rollback")
                .then()
                .statusCode(401)
                .body("status", equalTo(401));
    }

    @Test
    void theDevKeyIsRecognisedByItsMaterialWhereverItIs(@TempDir Path elsewhere) throws Exception {
        String devPublic = ResourceUtils.readResource(DevKeys.PUBLIC_KEY);
        String devPrivate = ResourceUtils.readResource(DevKeys.PRIVATE_KEY);
        Path copy = Files.writeString(elsewhere.resolve("company-key.pem"), devPublic);

        assertTrue(DevKeys.isDevKey(copy.toUri().toString()), "the dev public key copied to another path");
        assertTrue(DevKeys.isDevKey(DevKeys.PRIVATE_KEY));
        assertTrue(DevKeys.isDevKeyContent(devPublic), "the dev public key given inline");
        assertTrue(DevKeys.isDevKeyContent(devPrivate), "the dev private key given inline");
        assertTrue(
                DevKeys.isDevKeyContent(
                        devPublic.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "")),
                "the dev public key as bare base64");

        assertFalse(DevKeys.isDevKey("test-keys/publicKey.pem"), "another key");
        Path renamedOther = Files.writeString(
                elsewhere.resolve("dev-only-jwt-public.pem"), ResourceUtils.readResource("test-keys/publicKey.pem"));
        assertFalse(DevKeys.isDevKey(renamedOther.toUri().toString()), "another key under the dev key's name");
        assertEquals(
                false, DevKeys.isDevKey(elsewhere.resolve("missing.pem").toUri().toString()));
    }
}
