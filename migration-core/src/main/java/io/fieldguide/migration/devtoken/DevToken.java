package io.fieldguide.migration.devtoken;

import java.time.Instant;
import java.util.Set;

/** A signed token for a local demo, and what it grants. */
public record DevToken(String token, String user, Set<String> roles, Instant expiresAt) {}
