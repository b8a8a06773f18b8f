package io.fieldguide.migration.devtoken;

import java.time.Instant;
import java.util.Set;

/** A signed token for a local demo, and what it grants. */
public record DevToken(String token, String user, Set<String> roles, Instant expiresAt) {

    static final String EXAMPLE =
            """
            {"token": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9...", "user": "demo-admin", "roles": ["migration-admin"],
             "expiresAt": "2026-11-21T18:30:00Z"}""";
}
