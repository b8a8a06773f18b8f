package io.fieldguide.feeding.sync;

import io.fieldguide.migration.problem.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A position in the server's change order {@code (change_xid, id)}: everything at or before it has
 * been pulled. Clients treat it as opaque (base64url of {@code v1.<xid>.<id>}); it is the server's
 * position, never a clock reading, so neither clock skew nor a long transaction can hide a change.
 */
public record SyncCursor(long xid, long id) implements Comparable<SyncCursor> {

    public static final SyncCursor START = new SyncCursor(0, 0);
    private static final String PREFIX = "v1.";

    public static SyncCursor decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX)) {
                throw new IllegalArgumentException();
            }
            String[] parts = text.substring(PREFIX.length()).split("\\.");
            if (parts.length != 2) {
                throw new IllegalArgumentException();
            }
            SyncCursor decoded = new SyncCursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            if (decoded.xid < 0 || decoded.id < 0) {
                throw new IllegalArgumentException();
            }
            return decoded;
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    "cursor", "cursor is not one this server issued; pass the cursor of the last pull unchanged");
        }
    }

    /** Just before every row this transaction wrote: all earlier transactions are covered. */
    public static SyncCursor before(long xid) {
        return new SyncCursor(xid, 0);
    }

    public String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + xid + "." + id).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int compareTo(SyncCursor other) {
        int byXid = Long.compare(xid, other.xid);
        return byXid != 0 ? byXid : Long.compare(id, other.id);
    }

    public SyncCursor max(SyncCursor other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public SyncCursor min(SyncCursor other) {
        return compareTo(other) <= 0 ? this : other;
    }
}
