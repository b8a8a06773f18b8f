package io.fieldguide.migration.api;

/**
 * Example bodies of the migration API for the OpenAPI document, in one place; each is what the
 * service answers (the problems every operation shares are in {@code ProblemExamples}).
 */
final class MigrationApiExamples {

    static final String STATUS =
            """
            {"status": {"appliedMigrations": ["1_create_feeding_records"], "pendingMigrations": ["2_add_client_id"],
             "lastMigration": "1_create_feeding_records", "isUpToDate": false, "currentVersion": "1",
             "failedMigrations": [], "ignoredMigrations": [], "outdatedMigrations": [], "missingMigrations": [],
             "futureMigrations": [],
             "migrations": [{"name": "1_create_feeding_records", "version": "1", "description": "create feeding records",
               "type": "SQL", "script": "V1__create_feeding_records.sql", "checksum": 1207310634,
               "installedOn": "2026-11-21T10:29:00Z", "installedBy": "fieldguide", "executionTimeMs": 12,
               "state": "Success", "undoable": true},
              {"name": "2_add_client_id", "version": "2", "description": "add client id", "type": "SQL",
               "script": "V2__add_client_id.sql", "checksum": -1530134510, "installedOn": null, "installedBy": null,
               "executionTimeMs": null, "state": "Pending", "undoable": true}]},
             "message": "Migration status retrieved successfully"}""";

    static final String MIGRATED =
            """
            {"results": [{"name": "2_add_client_id", "direction": "up", "timestamp": "2026-11-21T10:30:00Z",
              "success": true, "version": "2", "durationMs": 41}],
             "message": "Migrations applied successfully", "success": true}""";

    static final String ROLLED_BACK =
            """
            {"results": [{"name": "2_add_client_id", "direction": "down", "timestamp": "2026-11-21T10:35:00Z",
              "success": true, "version": "2", "durationMs": 18}],
             "message": "Migrations rolled back successfully", "success": true}""";

    static final String REPAIRED =
            """
            {"results": [{"name": "repair 3_index_change_cursor (1 failed removed, 0 checksums realigned)",
              "direction": "none", "timestamp": "2026-11-21T10:30:00Z", "success": true, "durationMs": 12}],
             "message": "Migrations repaired successfully", "success": true}""";

    static final String MIGRATE_REQUEST = """
            {"target": "2", "dryRun": false}""";

    static final String ROLLBACK_STEPS = """
            {"steps": 1}""";

    static final String ROLLBACK_TARGET = """
            {"target": "1", "dryRun": true}""";

    static final String VALIDATION =
            """
            {"valid": false, "findings": [{"kind": "missing", "objectType": "index",
             "name": "idx_feeding_records_client_id", "message": "index idx_feeding_records_client_id is missing"}]}""";

    static final String HISTORY =
            """
            {"runs": [{"id": 7, "kind": "migrate", "name": "2_add_client_id", "version": "2", "direction": "up",
              "triggeredBy": "ada", "startedAt": "2026-11-21T10:30:00Z", "finishedAt": "2026-11-21T10:30:00.041Z",
              "durationMs": 41, "success": true, "errorMessage": null},
             {"id": 8, "kind": "backfill", "name": "feeding-client-ids", "version": null, "direction": "none",
              "triggeredBy": "ada", "startedAt": "2026-11-21T10:31:00Z", "finishedAt": "2026-11-21T10:31:02Z",
              "durationMs": 2000, "success": true, "errorMessage": null}],
             "message": "Migration history retrieved successfully"}""";

    static final String BACKFILL =
            """
            {"name": "feeding-client-ids", "status": "completed", "totalKeys": 150, "doneKeys": 150,
             "remainingKeys": 0, "rowsChanged": 150, "percent": 100.0, "rowsPerSecond": 5000.0, "etaSeconds": 0,
             "batchSize": 1000, "longestHoldMs": 4, "startedAt": "2026-11-21T10:31:00Z",
             "updatedAt": "2026-11-21T10:31:02Z", "finishedAt": "2026-11-21T10:31:02Z", "lastError": null}""";

    static final String BACKFILLS =
            """
            {"declared": ["feeding-client-ids"], "jobs": [{"name": "feeding-client-ids", "status": "running",
             "totalKeys": 150, "doneKeys": 100, "remainingKeys": 50, "rowsChanged": 100, "percent": 66.7,
             "rowsPerSecond": 5000.0, "etaSeconds": 1, "batchSize": 50, "longestHoldMs": 4,
             "startedAt": "2026-11-21T10:31:00Z", "updatedAt": "2026-11-21T10:31:01Z", "finishedAt": null,
             "lastError": null}], "message": "Backfills retrieved successfully"}""";

    static final String PROBLEM_UNKNOWN_TARGET =
            """
            {"type": "https://fieldguide.io/problems/invalid-request", "title": "Bad Request", "status": 400,
             "detail": "Unknown migration '99'; known migrations are [1_create_feeding_records, 2_add_client_id]",
             "errors": [{"field": "target", "message": "Unknown migration '99'; known migrations are [1_create_feeding_records, 2_add_client_id]"}]}""";

    static final String PROBLEM_NO_UNDO =
            """
            {"type": "https://fieldguide.io/problems/refused", "title": "Conflict", "status": 409,
             "detail": "Migration 3_add_index cannot be undone: there is no undo script U3__add_index.sql. Nothing was rolled back.",
             "subject": "3_add_index"}""";

    static final String PROBLEM_RUN_FAILED =
            """
            {"type": "https://fieldguide.io/problems/migration-failed", "title": "Internal Server Error", "status": 500,
             "detail": "Migration 3_bad failed: ERROR: relation \\"missing\\" does not exist",
             "results": [{"name": "3_bad", "direction": "up", "timestamp": "2026-11-21T10:30:00Z", "success": false,
               "version": "3", "durationMs": 5, "error": "ERROR: relation \\"missing\\" does not exist"}],
             "message": "Migration failed; the failed step was rolled back and recorded in the history",
             "success": false}""";

    static final String PROBLEM_NO_BACKFILL =
            """
            {"type": "https://fieldguide.io/problems/not-found", "title": "Not Found", "status": 404,
             "detail": "No backfill named 'nope'; this service declares [feeding-client-ids]"}""";

    private MigrationApiExamples() {}
}
