package io.fieldguide.course.user;

import io.fieldguide.migration.security.CallerAccount;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The account behind the request's token: its {@code upn} is the user's e-mail address (tokens from
 * POST /api/auth/login also carry the user id as {@code sub}). A valid token without an account is
 * answered 403 ({@link CallerAccount}): it proves who signed it, not that the user exists here.
 */
@RequestScoped
public class CurrentUser {

    private final JsonWebToken token;
    private UUID id;

    CurrentUser(JsonWebToken token) {
        this.token = token;
    }

    public UUID id() {
        if (id == null) {
            id = CallerAccount.require(token.getName(), User::findByEmail).id;
        }
        return id;
    }
}
