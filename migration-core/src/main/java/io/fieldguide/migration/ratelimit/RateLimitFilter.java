package io.fieldguide.migration.ratelimit;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Applies {@link RateLimited}: each request takes a permit from its resource's limiter; a refused
 * one throws {@code RateLimitException}, which the problem mappers answer with 429 and
 * {@code Retry-After}.
 */
@Provider
@RateLimited
public class RateLimitFilter implements ContainerRequestFilter {

    private final RateLimiters limiters;

    @Context
    ResourceInfo resourceInfo;

    public RateLimitFilter(RateLimiters limiters) {
        this.limiters = limiters;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        limiters.acquire(resourceInfo.getResourceClass());
    }
}
