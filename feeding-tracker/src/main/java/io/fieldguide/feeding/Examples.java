package io.fieldguide.feeding;

/**
 * Example bodies of this module's operations for the OpenAPI document, in one place (the problems
 * every service answers alike are the core's {@code ProblemExamples}).
 */
public final class Examples {

    private Examples() {}

    public static final String RECORD =
            """
            {"id": 1, "client_id": "550e8400-e29b-41d4-a716-446655440000", "feeding_time": "2025-01-01T12:00:00Z",
             "food_type": "formula", "notes": "120 ml", "created_at": "2025-01-01T12:01:00Z",
             "updated_at": "2025-01-01T12:01:00Z", "version": 1, "deleted_at": null}""";

    public static final String PAGE = """
            {"success": true, "feedings": [""" + RECORD
            + """
            ], "page": 0, "size": 50, "total": 1}""";

    public static final String CREATE =
            """
            {"client_id": "550e8400-e29b-41d4-a716-446655440000", "feeding_time": "2025-01-01T12:00:00Z",
             "food_type": "formula", "notes": "120 ml"}""";

    public static final String UPDATE =
            """
            {"feeding_time": "2025-01-01T12:00:00Z", "food_type": "breast milk", "notes": "left side",
             "base_version": 1}""";

    public static final String MIGRATION_STATUS =
            """
            {"success": true, "migration_status": "in_progress", "total_records": 150, "migrated_records": 100,
             "remaining_records": 50, "progress_percentage": 66, "column_exists": true, "column_nullable": true,
             "schema_version": "4", "pending_migrations": []}""";

    public static final String RUN_MIGRATION =
            """
            {"success": true, "message": "Database migration completed successfully", "migration_status": "completed",
             "column_info": {"name": "client_id", "type": "uuid", "nullable": true, "default": null},
             "applied_migrations": ["2_add_client_id", "2.1_index_client_id", "2.2_index_updated_at",
             "2.3_index_feeding_time", "3_change_cursor", "3.1_index_change_cursor", "4_tombstones"]}""";

    public static final String BACKFILL =
            """
            {"success": true, "message": "Successfully backfilled 150 records with client_id", "updated_count": 150,
             "remaining_records": 0, "migration_status": "complete",
             "records": [{"id": 1, "client_id": "550e8400-e29b-41d4-a716-446655440000",
                          "feeding_time": "2025-01-01T12:00:00Z"}],
             "backfill": {"name": "feeding-client-ids", "status": "completed", "batch_size": 100, "total_keys": 150,
                          "done_keys": 150, "percent": 100.0, "rows_per_second": 5000.0, "longest_batch_ms": 4,
                          "rounds": 1}}""";

    public static final String PULL = """
            {"changes": {"created": [""" + RECORD
            + """
            ], "updated": [], "deleted": ["9b2d6c1e-3f4a-4d5b-8c7e-1a2b3c4d5e6f"]},
             "cursor": "djEuODQ1LjA", "has_more": false}""";

    public static final String PUSH =
            """
            {"upserts": [{"client_id": "550e8400-e29b-41d4-a716-446655440000", "base_version": 1,
                          "feeding_time": "2025-01-01T12:00:00Z", "food_type": "formula", "notes": "150 ml"}],
             "deletes": [{"client_id": "9b2d6c1e-3f4a-4d5b-8c7e-1a2b3c4d5e6f", "base_version": 2}]}""";

    public static final String PUSH_RESULT =
            """
            {"applied": [{"client_id": "550e8400-e29b-41d4-a716-446655440000", "operation": "updated", "version": 2}],
             "unchanged": [],
             "conflicts": [{"client_id": "9b2d6c1e-3f4a-4d5b-8c7e-1a2b3c4d5e6f", "reason": "stale_version",
                            "base_version": 2, "server_record": """
                    + RECORD + """
            }]}""";

    public static final String PURGE =
            """
            {"purged": 12, "older_than": "2026-10-22T10:00:00Z", "purged_through": "djEuODQ1LjE3",
             "backfill": {"name": "feeding-tombstone-purge", "status": "completed", "batch_size": 1000,
                          "total_keys": 5000, "done_keys": 5000, "percent": 100.0, "rows_per_second": 2400.0,
                          "longest_batch_ms": 4, "rounds": 1}}""";

    public static final String PROBLEM_400 =
            """
            {"type": "https://fieldguide.io/problems/validation", "title": "Bad Request", "status": 400,
             "detail": "feeding_time must not be null",
             "errors": [{"field": "feeding_time", "message": "must not be null"}]}""";

    public static final String PROBLEM_MIGRATION_FAILED =
            """
            {"type": "https://fieldguide.io/problems/migration-failed", "title": "Internal Server Error", "status": 500,
             "detail": "Migration 2_add_client_id failed: ERROR: canceling statement due to lock timeout",
             "message": "Migration failed; the failed step was rolled back and recorded in the history",
             "success": false, "failed_migration": "2_add_client_id"}""";

    public static final String PROBLEM_404 =
            """
            {"type": "https://fieldguide.io/problems/not-found", "title": "Not Found", "status": 404,
             "detail": "No feeding record with client_id 550e8400-e29b-41d4-a716-446655440000"}""";

    public static final String PROBLEM_409_SCHEMA =
            """
            {"type": "https://fieldguide.io/problems/refused", "title": "Conflict", "status": 409,
             "detail": "The database is not migrated far enough for updating a feeding (feeding_records is at level legacy); run POST /api/feedings/run-migration first",
             "subject": "schema"}""";

    public static final String PROBLEM_409_VERSION =
            """
            {"type": "https://fieldguide.io/problems/version-conflict", "title": "Conflict", "status": 409,
             "detail": "The record is at version 3, not 1; merge with the server's copy and send it again",
             "server_record": """
                    + RECORD + """
            }""";

    public static final String PROBLEM_410 =
            """
            {"type": "https://fieldguide.io/problems/full-resync-required", "title": "Gone", "status": 410,
             "detail": "Tombstones older than this cursor were purged; discard local data and pull from the start (no cursor)",
             "full_resync_required": true}""";

    public static final String WATERMELON_PULL =
            """
            {"changes": {"feeding_records": {
               "created": [],
               "updated": [{"id": "550e8400-e29b-41d4-a716-446655440000", "feeding_time": 1735732800000,
                            "food_type": "formula", "notes": "120 ml", "created_at": 1735732860000,
                            "updated_at": 1735732860000}],
               "deleted": ["6f1c2d3e-4b5a-4c6d-8e7f-901234567890"]}},
             "timestamp": 1048}""";

    public static final String WATERMELON_PUSH =
            """
            {"feeding_records": {
               "created": [],
               "updated": [{"id": "550e8400-e29b-41d4-a716-446655440000", "feeding_time": 1735732800000,
                            "food_type": "formula", "notes": "120 ml", "_status": "created", "_changed": ""}],
               "deleted": []}}""";

    public static final String WATERMELON_PUSH_RESULT =
            """
            {"created": 1, "updated": 0, "deleted": 0, "unchanged": 0}""";

    public static final String PROBLEM_409_SYNC_CONFLICT =
            """
            {"type": "https://fieldguide.io/problems/sync-conflict", "title": "Conflict", "status": 409,
             "detail": "Changed on the server since last_pulled_at: [550e8400-e29b-41d4-a716-446655440000]; nothing was written. Pull (synchronize() again) and push the merged records",
             "conflicts": [{"table": "feeding_records", "id": "550e8400-e29b-41d4-a716-446655440000"}]}""";

    public static final String PROBLEM_410_WATERMELON =
            """
            {"type": "https://fieldguide.io/problems/full-resync-required", "title": "Gone", "status": 410,
             "detail": "Tombstones newer than last_pulled_at 1048 were purged, so some deletions can no longer be sent; reset the local database (unsafeResetDatabase) and sync from scratch",
             "full_resync_required": true}""";
}
