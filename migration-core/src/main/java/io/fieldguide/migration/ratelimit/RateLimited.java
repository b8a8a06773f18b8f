package io.fieldguide.migration.ratelimit;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits the requests to a resource (all its methods together, across callers) to
 * {@code fieldguide.migration.rate-limit.requests} per {@code window}; over it, 429 with
 * {@code Retry-After}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RateLimited {}
