package io.fieldguide.migration.ratelimit;

import io.fieldguide.migration.config.MigrationCoreConfig;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.faulttolerance.api.RateLimitType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One SmallRye Fault Tolerance rolling-window rate limit per rate-limited resource. Application
 * scoped, so the filter (built while Quarkus initialises, before run-time config exists) reaches it
 * through a lazy proxy.
 */
@ApplicationScoped
public class RateLimiters {

    private final Map<Class<?>, Guard> guards = new ConcurrentHashMap<>();
    private final MigrationCoreConfig config;

    RateLimiters(MigrationCoreConfig config) {
        this.config = config;
    }

    /** Takes a permit, or throws {@code RateLimitException} carrying how long to wait. */
    public void acquire(Class<?> resource) {
        guards.computeIfAbsent(resource, this::newGuard).get(() -> Boolean.TRUE, Boolean.class);
    }

    private Guard newGuard(Class<?> resource) {
        return Guard.create()
                .withDescription("rate limit of " + resource.getSimpleName())
                .withRateLimit()
                .limit(config.rateLimit().requests())
                .window(config.rateLimit().window().toMillis(), ChronoUnit.MILLIS)
                .type(RateLimitType.ROLLING)
                .done()
                .build();
    }
}
