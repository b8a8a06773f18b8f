package io.fieldguide.feeding.watermelon;

import java.util.List;

/**
 * A pushed record changed on the server after the client's {@code last_pulled_at}: the whole push is
 * refused (409) and nothing written; the client pulls (merging the server's version) and pushes again.
 */
public class SyncConflictException extends RuntimeException {

    private final List<String> ids;

    public SyncConflictException(List<String> ids) {
        super("Changed on the server since last_pulled_at: " + ids
                + "; nothing was written. Pull (synchronize() again) and push the merged records");
        this.ids = List.copyOf(ids);
    }

    public List<String> ids() {
        return ids;
    }
}
