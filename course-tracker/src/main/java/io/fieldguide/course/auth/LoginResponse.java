package io.fieldguide.course.auth;

import io.fieldguide.course.user.User;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A signed JWT for the {@code Authorization: Bearer} header, and who it is for. */
public record LoginResponse(String token, String tokenType, Instant expiresAt, Account user) {

    public record Account(UUID id, String email, String fullName, List<String> roles) {

        static Account of(User user) {
            return new Account(user.id, user.email, user.fullName, List.copyOf(user.roles));
        }
    }
}
