package io.fieldguide.migration.testing;

import io.fieldguide.migration.security.MigrationRoles;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.Set;

/**
 * Signed JWTs for tests, from the test-only key in {@code test-keys/}. Inside a {@code @QuarkusTest}
 * they carry the service's own audience ({@code smallrye.jwt.new-token.audience}, set by the core).
 */
public final class TestTokens {

    public static final String ADMIN_ROLE = MigrationRoles.ADMIN;

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

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
