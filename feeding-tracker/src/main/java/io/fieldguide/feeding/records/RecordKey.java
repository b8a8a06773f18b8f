package io.fieldguide.feeding.records;

import io.fieldguide.migration.problem.InvalidRequestException;
import java.util.UUID;

/**
 * The {@code {id}} or {@code {client_id}} of {@code PUT /api/feedings/...}: digits are the server
 * id (the guide's {@code PUT /api/feedings/[id]}), anything else must be a client_id UUID.
 */
public record RecordKey(Long id, UUID clientId) {

    public static RecordKey parse(String raw) {
        if (raw != null && raw.matches("\\d{1,18}")) {
            return new RecordKey(Long.parseLong(raw), null);
        }
        return new RecordKey(null, clientId(raw, "client_id"));
    }

    /** A client_id from a path or query parameter; a malformed one is a 400 naming {@code field}. */
    public static UUID clientId(String raw, String field) {
        try {
            if (raw == null || raw.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    field, field + " must be a UUID such as 550e8400-e29b-41d4-a716-446655440000, was '" + raw + "'");
        }
    }

    @Override
    public String toString() {
        return id != null ? "id " + id : "client_id " + clientId;
    }
}
