package io.fieldguide.protein.imports;

import io.fieldguide.protein.user.Cuid;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * The bulk import's users, matched by e-mail or created. A created user has no password (the
 * {@link #NO_PASSWORD} marker matches no hash): they set one through the app before logging in.
 * Concurrent lines for one new e-mail create one user ({@code ON CONFLICT DO NOTHING}, then read).
 */
@ApplicationScoped
class ImportUsers {

    /** Not a bcrypt hash, so no password logs in with it. */
    static final String NO_PASSWORD = "!imported-without-password";

    String matchOrCreate(Connection connection, String email, String exportedUsername) throws SQLException {
        Optional<String> existing = byEmail(connection, email);
        if (existing.isPresent()) {
            return existing.get();
        }
        String username = username(email, exportedUsername);
        // A username taken by another e-mail gets the e-mail's hash as a suffix, so it stays stable.
        for (String candidate : new String[] {
            username, cut(username, 55) + "-" + ExportLineImporter.sha256(email).substring(0, 8)
        }) {
            Optional<String> created = insert(connection, email, candidate);
            if (created.isPresent()) {
                return created.get();
            }
            // Nothing inserted: the e-mail was created meanwhile (then it is that user), or the username is taken.
            existing = byEmail(connection, email);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        throw new SQLException("no free username for " + email, "23505");
    }

    private static Optional<String> byEmail(Connection connection, String email) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM users WHERE email = ?")) {
            select.setString(1, email);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /** The new user's id, or empty when the e-mail or the username is taken. */
    private static Optional<String> insert(Connection connection, String email, String username) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO users (id, email, username, password) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"
                        + " RETURNING id")) {
            insert.setString(1, Cuid.next());
            insert.setString(2, email);
            insert.setString(3, username);
            insert.setString(4, NO_PASSWORD);
            try (ResultSet row = insert.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private static String username(String email, String exported) {
        String name = exported == null || exported.isBlank() ? email.substring(0, email.indexOf('@')) : exported;
        return cut(name.trim().toLowerCase(Locale.ROOT), 64);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
