package io.fieldguide.protein.profile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The signed-in user's account as the app shows it; the e-mail is the login and is not changed here. */
@Schema(description = "My account: who I am and how I appear in the app")
public record Profile(
        @Schema(examples = "ckx1f0a2b0000qz8h3v6d9w1e") String id,
        @Schema(examples = "ana.silva@example.com") String email,
        @Schema(examples = "ana_s") String username,
        @Schema(nullable = true, examples = "Ana") String firstName,
        @Schema(nullable = true, examples = "Silva") String lastName,
        @Schema(nullable = true, examples = "https://example.com/avatars/ana.png") String avatar,
        boolean emailVerified,
        boolean hasCompletedOnboarding,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true, description = "null before the first login") Instant lastLoginAt) {

    static final String COLUMNS = "id, email, username, first_name, last_name, avatar, email_verified,"
            + " has_completed_onboarding, created_at, updated_at, last_login_at";

    static Profile of(ResultSet row) throws SQLException {
        return new Profile(
                row.getString("id"),
                row.getString("email"),
                row.getString("username"),
                row.getString("first_name"),
                row.getString("last_name"),
                row.getString("avatar"),
                row.getBoolean("email_verified"),
                row.getBoolean("has_completed_onboarding"),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant(),
                row.getTimestamp("last_login_at") == null
                        ? null
                        : row.getTimestamp("last_login_at").toInstant());
    }
}
