package io.fieldguide.protein.auth;

import io.fieldguide.migration.problem.RefusedException;
import io.fieldguide.protein.user.Cuid;
import io.fieldguide.protein.user.CurrentUser;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accounts with bcrypt password hashes, and the tokens a login issues (signed with
 * {@code smallrye.jwt.sign.key.location}; {@code upn} is the e-mail, as {@code CurrentUser} reads it).
 */
@ApplicationScoped
public class Accounts {

    /** Checked when the e-mail is unknown or has no password, so that every failure takes as long. */
    private static final String NO_SUCH_USER_HASH = BcryptUtil.bcryptHash("no such user");

    private final DataSource dataSource;
    private final Duration tokenLifetime;

    Accounts(
            DataSource dataSource,
            @ConfigProperty(name = "protein.token-lifetime", defaultValue = "1H") Duration tokenLifetime) {
        this.dataSource = dataSource;
        this.tokenLifetime = tokenLifetime;
    }

    /** Creates the account; 409 when the e-mail or the username is taken (the unique constraints decide). */
    public Session register(Registration registration) {
        String email = CurrentUser.normaliseEmail(registration.email());
        String id = Cuid.next();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO users (id, email, username, password, email_verified, has_completed_onboarding)"
                                + " VALUES (?, ?, ?, ?, false, false) ON CONFLICT DO NOTHING")) {
            insert.setString(1, id);
            insert.setString(2, email);
            insert.setString(3, registration.username());
            insert.setString(4, BcryptUtil.bcryptHash(registration.password()));
            if (insert.executeUpdate() == 0) {
                throw new RefusedException("email", "The e-mail address or the username is already registered");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not register " + email, e);
        }
        return session(id, email);
    }

    /** A token for the password's owner; throws {@link InvalidCredentialsException} otherwise. */
    public Session login(Credentials credentials) {
        String email = CurrentUser.normaliseEmail(credentials.email());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT id, password FROM users WHERE email = ? AND is_active")) {
            select.setString(1, email);
            try (ResultSet user = select.executeQuery()) {
                // An imported account has no password yet (no bcrypt hash): it cannot log in.
                boolean hasPassword = user.next() && user.getString(2).startsWith("$2");
                boolean matches =
                        BcryptUtil.matches(credentials.password(), hasPassword ? user.getString(2) : NO_SUCH_USER_HASH);
                if (!hasPassword || !matches) {
                    throw new InvalidCredentialsException();
                }
                String id = user.getString(1);
                recordLogin(connection, id);
                return session(id, email);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not log in " + email, e);
        }
    }

    private static void recordLogin(Connection connection, String userId) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE users SET last_login_at = now() WHERE id = ?")) {
            update.setString(1, userId);
            update.executeUpdate();
        }
    }

    private Session session(String userId, String email) {
        Instant expiresAt = Instant.now().plus(tokenLifetime);
        String token = Jwt.upn(email).subject(userId).expiresAt(expiresAt).sign();
        return new Session(token, "Bearer", expiresAt, userId, email);
    }
}
