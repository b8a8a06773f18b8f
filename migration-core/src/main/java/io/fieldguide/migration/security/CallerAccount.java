package io.fieldguide.migration.security;

import io.quarkus.security.ForbiddenException;
import java.util.Optional;
import java.util.function.Function;

/**
 * The service's own account for the caller a token names. A valid token proves who signed in, not
 * that the caller has an account in this service: without one the answer is a 403 problem naming
 * the caller (the core's error mapper turns the {@link ForbiddenException} into it), never a 404 or
 * a 500 further down.
 */
public final class CallerAccount {

    private CallerAccount() {}

    /**
     * @param callerName the token's subject, e.g. {@code JsonWebToken.getName()} or {@code CallerName.of(identity)}
     * @param findByName the service's lookup, e.g. {@code User::findByEmail}
     */
    public static <A> A require(String callerName, Function<String, Optional<A>> findByName) {
        return find(callerName, findByName).orElseThrow(() -> new ForbiddenException("No account for " + callerName));
    }

    /**
     * The same with the answer saying what kind of account is missing and how one is made, e.g.
     * "No learner account for ada@example.com; an instructor registers learners".
     */
    public static <A> A require(
            String callerName, Function<String, Optional<A>> findByName, String accountKind, String howToGetOne) {
        return find(callerName, findByName)
                .orElseThrow(() -> new ForbiddenException(
                        "No " + accountKind + " account for " + callerName + "; " + howToGetOne));
    }

    private static <A> Optional<A> find(String callerName, Function<String, Optional<A>> findByName) {
        return callerName == null || callerName.isBlank() ? Optional.empty() : findByName.apply(callerName);
    }
}
