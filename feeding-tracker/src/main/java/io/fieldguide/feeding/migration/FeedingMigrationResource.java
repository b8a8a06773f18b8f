package io.fieldguide.feeding.migration;

import io.fieldguide.feeding.Examples;
import io.fieldguide.migration.problem.Problem;
import io.fieldguide.migration.ratelimit.RateLimited;
import io.fieldguide.migration.security.CallerName;
import io.fieldguide.migration.security.MigrationRoles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The guide's migration endpoints, with its paths, JSON names and status values. Status is open to
 * any caller (the guide's walkthrough polls it); the two writes need the role migration-admin.
 */
@Path("/api/feedings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feeding migration", description = "The guide's client_id migration: status, run, backfill")
public class FeedingMigrationResource {

    private final FeedingMigrationService migration;
    private final SecurityIdentity identity;

    FeedingMigrationResource(FeedingMigrationService migration, SecurityIdentity identity) {
        this.migration = migration;
        this.identity = identity;
    }

    @GET
    @Path("/migration-status")
    @PermitAll
    @Operation(
            operationId = "feedingMigrationStatus",
            summary = "The client_id migration's state: not_started, in_progress, complete or no_data")
    @APIResponse(
            responseCode = "200",
            description = "Status and counts",
            content =
                    @Content(
                            schema = @Schema(implementation = MigrationStatusResponse.class),
                            examples = @ExampleObject(name = "in progress", value = Examples.MIGRATION_STATUS)))
    public MigrationStatusResponse status() {
        return migration.status();
    }

    @POST
    @Path("/run-migration")
    @RolesAllowed(MigrationRoles.ADMIN)
    @RateLimited
    @APIResponse(responseCode = "429", description = "Rate limit exceeded; retry after Retry-After seconds")
    @Operation(
            operationId = "runFeedingMigration",
            summary = "Add the client_id column and its indexes (and the sync columns): the pending migrations")
    @APIResponse(
            responseCode = "200",
            description = "completed, or already_exists when nothing was pending",
            content =
                    @Content(
                            schema = @Schema(implementation = RunMigrationResponse.class),
                            examples = @ExampleObject(name = "completed", value = Examples.RUN_MIGRATION)))
    @APIResponse(responseCode = "403", description = "The caller lacks the role migration-admin")
    @APIResponse(
            responseCode = "500",
            description = "A migration failed; it was rolled back and recorded in the history",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "failed", value = Examples.PROBLEM_MIGRATION_FAILED)))
    public RunMigrationResponse runMigration() {
        return migration.runMigration(caller());
    }

    @POST
    @Path("/backfill-client-ids")
    @RolesAllowed(MigrationRoles.ADMIN)
    @RateLimited
    @APIResponse(responseCode = "429", description = "Rate limit exceeded; retry after Retry-After seconds")
    @Operation(
            operationId = "backfillClientIds",
            summary =
                    "Give every record without a client_id a new UUID, in checkpointed batches (feeding.backfill.batch-size)")
    @APIResponse(
            responseCode = "200",
            description = "How many records were updated, how many remain, and a sample",
            content =
                    @Content(
                            schema = @Schema(implementation = BackfillResponse.class),
                            examples = @ExampleObject(name = "complete", value = Examples.BACKFILL)))
    @APIResponse(responseCode = "403", description = "The caller lacks the role migration-admin")
    @APIResponse(
            responseCode = "409",
            description = "The client_id column does not exist yet",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "not migrated", value = Examples.PROBLEM_409_SCHEMA)))
    public BackfillResponse backfill() {
        return migration.backfill(caller());
    }

    private String caller() {
        return CallerName.of(identity);
    }
}
