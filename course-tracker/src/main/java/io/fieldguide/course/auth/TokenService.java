package io.fieldguide.course.auth;

import io.fieldguide.course.CourseConfig;
import io.fieldguide.course.user.User;
import io.fieldguide.course.user.UserAccounts;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Checks a password and issues a JWT signed with {@code smallrye.jwt.sign.key.location}: {@code upn}
 * the e-mail address, {@code sub} the user id, {@code groups} the user's roles. smallrye-jwt verifies
 * it on the way back in with the matching public key.
 */
@ApplicationScoped
public class TokenService {

    private final UserAccounts accounts;
    private final CourseConfig config;

    TokenService(UserAccounts accounts, CourseConfig config) {
        this.accounts = accounts;
        this.config = config;
    }

    public LoginResponse login(LoginRequest request) {
        User user = accounts.authenticate(request.email(), request.password())
                .orElseThrow(InvalidCredentialsException::new);
        Instant expiresAt = Instant.now().plus(config.tokenLifetime());
        String token = Jwt.upn(user.email)
                .subject(user.id.toString())
                .groups(user.roles)
                .expiresAt(expiresAt)
                .sign();
        return new LoginResponse(token, "Bearer", expiresAt, LoginResponse.Account.of(user));
    }
}
