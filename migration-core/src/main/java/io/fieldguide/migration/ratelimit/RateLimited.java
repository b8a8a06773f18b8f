package io.fieldguide.migration.ratelimit;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits the requests to a resource (all its methods together): each caller to
 * {@code fieldguide.migration.rate-limit.requests} per {@code window}, all callers together to
 * {@code rate-limit.global-requests}; over either, 429 with {@code Retry-After}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RateLimited {}
