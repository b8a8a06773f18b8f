package io.fieldguide.protein.auth;

import java.time.Instant;

/** A signed JWT for the {@code Authorization: Bearer} header, and whose it is. */
public record Session(String token, String tokenType, Instant expiresAt, String userId, String email) {}
