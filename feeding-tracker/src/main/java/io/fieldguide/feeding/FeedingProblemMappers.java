package io.fieldguide.feeding;

import io.fieldguide.feeding.migration.MigrationFailedException;
import io.fieldguide.feeding.records.VersionConflictException;
import io.fieldguide.feeding.sync.FullResyncRequiredException;
import io.fieldguide.feeding.watermelon.AppSchema;
import io.fieldguide.feeding.watermelon.SyncConflictException;
import io.fieldguide.migration.problem.Problem;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** This module's own failures in the core's problem+json shape. */
public class FeedingProblemMappers {

    @ServerExceptionMapper
    public Response versionConflict(VersionConflictException e) {
        return Problem.of(409, "Conflict", "version-conflict", e.getMessage(), List.of())
                .with("server_record", e.serverRecord())
                .toResponse();
    }

    @ServerExceptionMapper
    public Response migrationFailed(MigrationFailedException e) {
        return Problem.migrationFailed(e.failedStep().name(), e.failedStep().errorMessage())
                .with("failed_migration", e.failedStep().name())
                .toResponse();
    }

    @ServerExceptionMapper
    public Response fullResyncRequired(FullResyncRequiredException e) {
        return Problem.of(410, "Gone", "full-resync-required", e.getMessage(), List.of())
                .with("full_resync_required", true)
                .toResponse();
    }

    @ServerExceptionMapper
    public Response syncConflict(SyncConflictException e) {
        return Problem.of(409, "Conflict", "sync-conflict", e.getMessage(), List.of())
                .with(
                        "conflicts",
                        e.ids().stream()
                                .map(id -> Map.of("table", AppSchema.TABLE, "id", id))
                                .toList())
                .toResponse();
    }
}
