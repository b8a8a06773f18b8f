package io.fieldguide.migration.api;

/** Example bodies for the OpenAPI document, in one place. */
final class MigrationApiExamples {

    static final String STATUS =
            """
            {"status": {"appliedMigrations": ["1_create_feeding_records"], "pendingMigrations": ["2_add_client_id"],
             "lastMigration": "1_create_feeding_records", "isUpToDate": false, "currentVersion": "1",
             "failedMigrations": [], "migrations": []},
             "message": "Migration status retrieved successfully"}""";

    static final String RUN =
            """
            {"results": [{"name": "2_add_client_id", "direction": "up", "timestamp": "2026-11-21T10:30:00Z",
              "success": true, "version": "2", "durationMs": 41}],
             "message": "Migrations applied successfully", "success": true}""";

    static final String REPAIR =
            """
            {"results": [{"name": "repair 3_index_change_cursor (1 failed removed, 0 checksums realigned)",
              "direction": "none", "timestamp": "2026-11-21T10:30:00Z", "success": true, "durationMs": 12}],
             "message": "Migrations repaired successfully", "success": true}""";

    static final String MIGRATE_REQUEST = """
            {"target": "2", "dryRun": false}""";

    static final String ROLLBACK_REQUEST = """
            {"steps": 1}""";

    static final String PROBLEM_400 =
            """
            {"type": "https://fieldguide.io/problems/invalid-request", "title": "Bad Request", "status": 400,
             "detail": "Unknown migration '99'; known migrations are [1_create_feeding_records, 2_add_client_id]",
             "errors": [{"field": "target", "message": "Unknown migration '99'; known migrations are [...]"}]}""";

    static final String PROBLEM_401 =
            """
            {"type": "https://fieldguide.io/problems/unauthorized", "title": "Unauthorized", "status": 401,
             "detail": "Authentication required: send a Bearer token"}""";

    static final String PROBLEM_403 =
            """
            {"type": "https://fieldguide.io/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "The caller lacks the role this operation requires"}""";

    static final String PROBLEM_409 =
            """
            {"type": "https://fieldguide.io/problems/refused", "title": "Conflict", "status": 409,
             "detail": "Migration 3_add_index cannot be undone: there is no undo script U3__add_index.sql. Nothing was rolled back.",
             "subject": "3_add_index"}""";

    static final String PROBLEM_429 =
            """
            {"type": "https://fieldguide.io/problems/rate-limited", "title": "Too Many Requests", "status": 429,
             "detail": "Too many requests; retry after 4 s"}""";

    static final String PROBLEM_500 =
            """
            {"type": "https://fieldguide.io/problems/migration-failed", "title": "Internal Server Error", "status": 500,
             "detail": "Migration 3_bad failed: ERROR: relation \\"missing\\" does not exist",
             "results": [{"name": "3_bad", "direction": "up", "success": false}], "message": "Migration failed", "success": false}""";

    private MigrationApiExamples() {}
}
