package io.fieldguide.feeding.sync;

/** The client's cursor is older than the tombstone purge: it may have missed deletions. 410. */
public class FullResyncRequiredException extends RuntimeException {

    public FullResyncRequiredException() {
        this("Tombstones newer than this cursor were purged, so some deletions can no longer be sent;"
                + " discard the local copy and pull from the start (no cursor)");
    }

    public FullResyncRequiredException(String message) {
        super(message);
    }
}
