package io.fieldguide.migration.testing;

import io.fieldguide.migration.security.MigrationRoles;
import io.smallrye.jwt.build.Jwt;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;

/**
 * Signed JWTs for tests, from the test-only key in {@code test-keys/}. Inside a {@code @QuarkusTest}
 * they carry the service's own audience ({@code smallrye.jwt.new-token.audience}, set by the core).
 */
public final class TestTokens {

    public static final String ADMIN_ROLE = MigrationRoles.ADMIN;

    /** {@code mp.jwt.verify.issuer} in the core's configuration. */
    public static final String ISSUER = "https://fieldguide.io";

    private TestTokens() {}

    public static String admin() {
        return forUser("ada-admin", ADMIN_ROLE, "user");
    }

    public static String reader() {
        return forUser("rita-reader", "user");
    }

    public static String forUser(String user, String... roles) {
        return Jwt.upn(user)
                .groups(Set.of(roles))
                .expiresIn(Duration.ofHours(1))
                .sign();
    }

    /** A token meant for another service: every other service must refuse it. */
    public static String forAudience(String audience, String user, String... roles) {
        return Jwt.upn(user)
                .audience(audience)
                .groups(Set.of(roles))
                .expiresIn(Duration.ofHours(1))
                .sign();
    }

    /**
     * Signed with an explicit key, for code outside a Quarkus test (a packaged service started by an
     * integration test or a benchmark, which trusts that key's public half): the issuer the core
     * verifies, {@code audience} the service's name, one hour.
     */
    public static String signedWith(PrivateKey key, String audience, String user, String... roles) {
        return Jwt.issuer(ISSUER)
                .upn(user)
                .audience(audience)
                .groups(Set.of(roles))
                .expiresIn(Duration.ofHours(1))
                .sign(key);
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
