package io.fieldguide.migration.ratelimit;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;

/**
 * Applies {@link RateLimited}: each request takes a permit from its caller's limiter and from its
 * resource's global ceiling; a refused one throws {@code RateLimitException}, which the problem
 * mappers answer with 429 and {@code Retry-After}. The caller is the token's subject when there is
 * one (secured operations are authenticated before filters run), else the client address.
 */
@Provider
@RateLimited
public class RateLimitFilter implements ContainerRequestFilter {

    private final RateLimiters limiters;

    @Context
    ResourceInfo resourceInfo;

    @Context
    HttpServerRequest httpRequest;

    public RateLimitFilter(RateLimiters limiters) {
        this.limiters = limiters;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        limiters.acquire(resourceInfo.getResourceClass(), caller(request));
    }

    private String caller(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext() == null
                ? null
                : request.getSecurityContext().getUserPrincipal();
        if (principal != null
                && principal.getName() != null
                && !principal.getName().isEmpty()) {
            return "subject " + principal.getName();
        }
        return "address " + clientAddress();
    }

    /** The peer's address; behind a proxy, enable quarkus.http.proxy.proxy-address-forwarding. */
    private String clientAddress() {
        return httpRequest == null || httpRequest.remoteAddress() == null
                ? "unknown"
                : httpRequest.remoteAddress().hostAddress();
    }
}
