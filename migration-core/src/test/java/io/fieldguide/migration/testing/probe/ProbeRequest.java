package io.fieldguide.migration.testing.probe;

/**
 * One hostile request: the operation it targets, what is wrong with it, and the request itself
 * with its path and query already encoded (a bare {@code %} must reach the server as it is).
 */
record ProbeRequest(String operation, String variant, String method, String uri, String contentType, String body) {

    @Override
    public String toString() {
        return operation + " [" + variant + "]";
    }
}
