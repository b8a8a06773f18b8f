package io.fieldguide.migration.ratelimit;

import io.fieldguide.migration.config.MigrationCoreConfig;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.faulttolerance.api.RateLimitType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SmallRye Fault Tolerance rolling-window rate limits: one per caller and rate-limited resource
 * ({@code rate-limit.requests}), so one busy or hostile caller locks out only itself, and one
 * global ceiling per resource ({@code rate-limit.global-requests}, far higher) for all callers
 * together. Application scoped, so the filter (built while Quarkus initialises, before run-time
 * config exists) reaches it through a lazy proxy.
 */
@ApplicationScoped
public class RateLimiters {

    /** Beyond this many callers, the least recently seen one's window starts afresh. */
    static final int TRACKED_CALLERS = 10_000;

    private final Map<Class<?>, Guard> ceilings = new ConcurrentHashMap<>();
    private final Map<String, Guard> callers = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Guard> eldest) {
            return size() > TRACKED_CALLERS;
        }
    });
    private final MigrationCoreConfig config;

    RateLimiters(MigrationCoreConfig config) {
        this.config = config;
    }

    /**
     * Takes a permit from the caller's own limit, then from the resource's global ceiling, or throws
     * {@code RateLimitException} carrying how long to wait.
     */
    public void acquire(Class<?> resource, String caller) {
        acquireForCaller(resource, caller);
        ceilings.computeIfAbsent(
                        resource,
                        ignored -> newGuard(resource, config.rateLimit().globalRequests()))
                .get(() -> Boolean.TRUE, Boolean.class);
    }

    /**
     * Takes a permit from one caller's limit only: for a second key of a request already counted
     * against the ceiling, such as the account a login names besides the address it comes from.
     */
    public void acquireForCaller(Class<?> resource, String caller) {
        callers.computeIfAbsent(
                        resource.getName() + " " + caller,
                        ignored -> newGuard(resource, config.rateLimit().requests()))
                .get(() -> Boolean.TRUE, Boolean.class);
    }

    private Guard newGuard(Class<?> resource, int requests) {
        return Guard.create()
                .withDescription("rate limit of " + resource.getSimpleName())
                .withRateLimit()
                .limit(requests)
                .window(config.rateLimit().window().toMillis(), ChronoUnit.MILLIS)
                .type(RateLimitType.ROLLING)
                .done()
                .build();
    }
}
