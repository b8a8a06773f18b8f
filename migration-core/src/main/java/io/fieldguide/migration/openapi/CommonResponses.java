package io.fieldguide.migration.openapi;

import io.fieldguide.migration.problem.ProblemExamples;
import java.util.Map;

/**
 * The error answers every service gives the same way, whatever the operation: who answers them
 * and which operations can get them. Documented by {@link ContractDefaultsFilter}.
 */
enum CommonResponses {
    BAD_REQUEST("400", "Malformed JSON, a wrong type or an invalid field or parameter", ProblemExamples.BAD_REQUEST),
    UNAUTHORIZED("401", "No Bearer token, or an invalid, expired or foreign one", ProblemExamples.UNAUTHORIZED),
    FORBIDDEN("403", "The caller lacks the role this operation requires", ProblemExamples.FORBIDDEN),
    CONTENT_TOO_LARGE(
            "413", "The body is larger than quarkus.http.limits.max-body-size", ProblemExamples.CONTENT_TOO_LARGE),
    URI_TOO_LONG("414", "The URI is longer than 8192 characters", ProblemExamples.URI_TOO_LONG),
    UNSUPPORTED_MEDIA_TYPE("415", "A body that is not JSON", ProblemExamples.UNSUPPORTED_MEDIA_TYPE),
    RATE_LIMITED("429", "Rate limit exceeded; retry after Retry-After seconds", ProblemExamples.RATE_LIMITED),
    SERVER_FAULT("500", "A server fault; the incident is in the service's log", ProblemExamples.SERVER_FAULT);

    private static final Map<String, CommonResponses> BY_CODE = Map.of(
            "400", BAD_REQUEST,
            "401", UNAUTHORIZED,
            "403", FORBIDDEN,
            "413", CONTENT_TOO_LARGE,
            "414", URI_TOO_LONG,
            "415", UNSUPPORTED_MEDIA_TYPE,
            "429", RATE_LIMITED,
            "500", SERVER_FAULT);

    final String code;
    final String description;
    final String example;

    CommonResponses(String code, String description, String example) {
        this.code = code;
        this.description = description;
        this.example = example;
    }

    static CommonResponses forCode(String code) {
        return BY_CODE.get(code);
    }
}
