package io.fieldguide.migration.problem;

/**
 * The problem+json bodies every service answers the same way, as OpenAPI examples: the core's
 * OpenAPI filter puts them on every operation ({@code io.fieldguide.migration.openapi}), and a
 * module's {@code @ExampleObject} refers to them instead of copying them. Each is what the
 * {@link ProblemMappers} or {@link HttpLayerProblems} really answer.
 */
public final class ProblemExamples {

    public static final String BAD_REQUEST =
            """
            {"type": "https://fieldguide.io/problems/malformed-json", "title": "Bad Request", "status": 400,
             "detail": "Malformed JSON: Unexpected end-of-input: expected close marker for Object"}""";

    public static final String UNAUTHORIZED =
            """
            {"type": "https://fieldguide.io/problems/unauthorized", "title": "Unauthorized", "status": 401,
             "detail": "Authentication required: send a Bearer token"}""";

    public static final String FORBIDDEN =
            """
            {"type": "https://fieldguide.io/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "The caller lacks the role this operation requires"}""";

    public static final String CONTENT_TOO_LARGE =
            """
            {"type": "https://fieldguide.io/problems/http-413", "title": "Content Too Large", "status": 413,
             "detail": "The body is larger than 10485760 bytes (quarkus.http.limits.max-body-size)"}""";

    public static final String URI_TOO_LONG =
            """
            {"type": "https://fieldguide.io/problems/http-414", "title": "URI Too Long", "status": 414,
             "detail": "The URI is longer than 8192 characters"}""";

    public static final String UNSUPPORTED_MEDIA_TYPE =
            """
            {"type": "https://fieldguide.io/problems/http-415", "title": "Unsupported Media Type", "status": 415,
             "detail": "This operation takes application/json, not text/plain"}""";

    public static final String RATE_LIMITED =
            """
            {"type": "https://fieldguide.io/problems/rate-limited", "title": "Too Many Requests", "status": 429,
             "detail": "Too many requests; retry after 4 s"}""";

    public static final String SERVER_FAULT =
            """
            {"type": "https://fieldguide.io/problems/server-fault", "title": "Internal Server Error", "status": 500,
             "detail": "The server failed; incident 3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b is in its log"}""";

    public static final String MIGRATION_FAILED =
            """
            {"type": "https://fieldguide.io/problems/migration-failed", "title": "Internal Server Error", "status": 500,
             "detail": "Migration 3_bad failed: ERROR: relation \\"missing\\" does not exist",
             "message": "Migration failed; the failed step was rolled back and recorded in the history", "success": false}""";

    private ProblemExamples() {}
}
