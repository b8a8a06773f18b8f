package io.fieldguide.protein.user;

import io.fieldguide.migration.security.CallerAccount;
import jakarta.enterprise.context.RequestScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The account behind the request's token: its {@code upn} is the user's e-mail address, as in the
 * course tracker. A valid token without an account here is answered 403: it proves who signed it,
 * not that the user exists.
 */
@RequestScoped
public class CurrentUser {

    private final JsonWebToken token;
    private final DataSource dataSource;
    private String id;

    CurrentUser(JsonWebToken token, DataSource dataSource) {
        this.token = token;
        this.dataSource = dataSource;
    }

    public String id() {
        if (id == null) {
            id = CallerAccount.require(token.getName(), name -> idByEmail(normaliseEmail(name)));
        }
        return id;
    }

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    private Optional<String> idByEmail(String email) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT id FROM users WHERE email = ?")) {
            query.setString(1, email);
            try (ResultSet user = query.executeQuery()) {
                return user.next() ? Optional.of(user.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up the caller's account", e);
        }
    }
}
