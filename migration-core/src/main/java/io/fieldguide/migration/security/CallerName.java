package io.fieldguide.migration.security;

import io.quarkus.security.identity.SecurityIdentity;

/** Who the run history records as having triggered a run: an HTTP caller, or a command line's user. */
public final class CallerName {

    private CallerName() {}

    /** The token's subject (its principal's name), or {@code anonymous} without a token. */
    public static String of(SecurityIdentity identity) {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** {@code cli:<OS user>}, e.g. {@code cli:ada}: a run from a service's command line. */
    public static String ofCommandLine() {
        String user = System.getProperty("user.name");
        return "cli:" + (user == null || user.isBlank() ? "unknown" : user);
    }
}
