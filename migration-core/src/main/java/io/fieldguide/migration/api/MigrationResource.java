package io.fieldguide.migration.api;

import io.fieldguide.migration.backfill.BackfillOptions;
import io.fieldguide.migration.backfill.BackfillProgress;
import io.fieldguide.migration.backfill.BackfillService;
import io.fieldguide.migration.history.RunHistory;
import io.fieldguide.migration.migrate.MigrateService;
import io.fieldguide.migration.problem.Problem;
import io.fieldguide.migration.ratelimit.RateLimited;
import io.fieldguide.migration.repair.RepairService;
import io.fieldguide.migration.rollback.RollbackRequest;
import io.fieldguide.migration.rollback.RollbackService;
import io.fieldguide.migration.run.RunOutcome;
import io.fieldguide.migration.security.CallerName;
import io.fieldguide.migration.security.MigrationRoles;
import io.fieldguide.migration.status.MigrationStatusService;
import io.fieldguide.migration.validation.ValidationReport;
import io.fieldguide.migration.validation.ValidationService;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The migration API every service speaks, in the course tracker's shapes. Reads need an
 * authenticated caller, writes the role {@code migration-admin}; all of it is rate-limited.
 */
@Path("/api/migrations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Migrations", description = "Status, migrate, rollback, repair, validate, history and backfills")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "429", description = "Rate limit exceeded; retry after Retry-After seconds")
@RateLimited
public class MigrationResource {

    private final MigrationStatusService status;
    private final MigrateService migrate;
    private final RollbackService undo;
    private final ValidationService validation;
    private final RunHistory history;
    private final BackfillService backfills;
    private final RepairService repair;
    private final SecurityIdentity identity;

    MigrationResource(
            MigrationStatusService status,
            MigrateService migrate,
            RollbackService undo,
            ValidationService validation,
            RunHistory history,
            BackfillService backfills,
            RepairService repair,
            SecurityIdentity identity) {
        this.status = status;
        this.migrate = migrate;
        this.undo = undo;
        this.validation = validation;
        this.history = history;
        this.backfills = backfills;
        this.repair = repair;
        this.identity = identity;
    }

    @GET
    @Authenticated
    @Operation(operationId = "migrationStatus", summary = "Applied, pending, failed and current migrations")
    @APIResponse(
            responseCode = "200",
            description = "Status",
            content =
                    @Content(
                            schema = @Schema(implementation = StatusResponse.class),
                            examples = @ExampleObject(name = "status", value = MigrationApiExamples.STATUS)))
    public StatusResponse status() {
        return new StatusResponse(status.status(), "Migration status retrieved successfully");
    }

    @POST
    @RolesAllowed(MigrationRoles.ADMIN)
    @APIResponse(responseCode = "403", description = "The caller lacks the role migration-admin")
    @Operation(operationId = "migrate", summary = "Apply all pending migrations, or those up to a target")
    @RequestBody(
            required = false,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MigrateRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "to version 2",
                                            value = MigrationApiExamples.MIGRATE_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "Applied (or nothing pending), or with dryRun the SQL that would run",
            content =
                    @Content(
                            schema = @Schema(implementation = RunResponse.class),
                            examples = @ExampleObject(name = "applied", value = MigrationApiExamples.MIGRATED)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown or already applied target, bad JSON",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "unknown target",
                                            value = MigrationApiExamples.PROBLEM_UNKNOWN_TARGET)))
    @APIResponse(
            responseCode = "500",
            description = "A migration failed; it was rolled back and recorded",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "failed", value = MigrationApiExamples.PROBLEM_RUN_FAILED)))
    public Response migrate(@Valid MigrateRequest request) {
        MigrateRequest body = request == null ? new MigrateRequest(null, false) : request;
        return respond(migrate.migrate(body.target(), body.isDryRun(), caller()), "applied");
    }

    @POST
    @Path("/rollback")
    @RolesAllowed(MigrationRoles.ADMIN)
    @APIResponse(responseCode = "403", description = "The caller lacks the role migration-admin")
    @Operation(
            operationId = "rollback",
            summary = "Undo the last migration, N of them, or down to a target",
            description = "Send steps or target, not both; an empty body undoes the last migration.")
    @RequestBody(
            required = false,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RollbackRequest.class),
                            examples = {
                                @ExampleObject(name = "the last one", value = MigrationApiExamples.ROLLBACK_STEPS),
                                @ExampleObject(
                                        name = "down to version 1, dry run",
                                        value = MigrationApiExamples.ROLLBACK_TARGET)
                            }))
    @APIResponse(
            responseCode = "200",
            description = "Rolled back, or with dryRun the SQL that would run",
            content =
                    @Content(
                            schema = @Schema(implementation = RunResponse.class),
                            examples = @ExampleObject(name = "rolled back", value = MigrationApiExamples.ROLLED_BACK)))
    @APIResponse(
            responseCode = "400",
            description = "Bad steps or target, or both given",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(
                                            name = "unknown target",
                                            value = MigrationApiExamples.PROBLEM_UNKNOWN_TARGET)))
    @APIResponse(
            responseCode = "409",
            description = "No undo, or the undo would lose data: nothing was changed",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "no undo", value = MigrationApiExamples.PROBLEM_NO_UNDO)))
    @APIResponse(
            responseCode = "500",
            description = "An undo failed; it was rolled back and recorded",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "failed", value = MigrationApiExamples.PROBLEM_RUN_FAILED)))
    public Response rollback(@Valid RollbackRequest request) {
        return respond(undo.rollback(request == null ? RollbackRequest.lastStep() : request, caller()), "rolled back");
    }

    @POST
    @Path("/repair")
    @RolesAllowed(MigrationRoles.ADMIN)
    @APIResponse(responseCode = "403", description = "The caller lacks the role migration-admin")
    @Operation(
            operationId = "repair",
            summary = "Repair Flyway's history after a failed non-transactional migration",
            description = "Removes failed entries (Flyway refuses to migrate past them) and realigns checksums;"
                    + " changes no table of the service. Recorded in the history as kind repair.")
    @APIResponse(
            responseCode = "200",
            description = "Repaired (or nothing to repair)",
            content =
                    @Content(
                            schema = @Schema(implementation = RunResponse.class),
                            examples = @ExampleObject(name = "repaired", value = MigrationApiExamples.REPAIRED)))
    @APIResponse(
            responseCode = "500",
            description = "The repair failed; nothing was changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response repair() {
        return respond(repair.repair(caller()), "repaired");
    }

    @GET
    @Path("/validate")
    @Authenticated
    @Operation(
            operationId = "validateSchema",
            summary = "Check the live schema against the declared one, and applied scripts against their checksums")
    @APIResponse(
            responseCode = "200",
            description = "The report; valid is false when anything is missing, different or unexpected",
            content =
                    @Content(
                            schema = @Schema(implementation = ValidationReport.class),
                            examples = @ExampleObject(name = "index missing", value = MigrationApiExamples.VALIDATION)))
    public ValidationReport validate() {
        return validation.validate(caller());
    }

    @GET
    @Path("/history")
    @Authenticated
    @Operation(operationId = "migrationHistory", summary = "Recorded runs (up, undo, backfill, validate), newest first")
    @APIResponse(
            responseCode = "200",
            description = "The runs",
            content =
                    @Content(
                            schema = @Schema(implementation = HistoryResponse.class),
                            examples = @ExampleObject(name = "two runs", value = MigrationApiExamples.HISTORY)))
    @APIResponse(responseCode = "400", description = "limit out of range or not a number")
    public HistoryResponse history(
            @Parameter(description = "How many runs, newest first")
                    @QueryParam("limit")
                    @DefaultValue("100")
                    @Min(1)
                    @Max(1000)
                    int limit) {
        return new HistoryResponse(history.recent(limit), "Migration history retrieved successfully");
    }

    @GET
    @Path("/backfills")
    @Authenticated
    @Operation(operationId = "listBackfills", summary = "Declared backfills and the progress of started ones")
    @APIResponse(
            responseCode = "200",
            description = "Backfills",
            content =
                    @Content(
                            schema = @Schema(implementation = BackfillsResponse.class),
                            examples = @ExampleObject(name = "one running", value = MigrationApiExamples.BACKFILLS)))
    public BackfillsResponse backfills() {
        return new BackfillsResponse(backfills.names(), backfills.all(), "Backfills retrieved successfully");
    }

    @POST
    @Path("/backfills/{name}")
    @RolesAllowed(MigrationRoles.ADMIN)
    @APIResponse(responseCode = "403", description = "The caller lacks the role migration-admin")
    @Operation(
            operationId = "runBackfill",
            summary = "Start or resume a backfill (in the background unless wait is true)")
    @APIResponse(
            responseCode = "200",
            description = "Finished (wait=true)",
            content =
                    @Content(
                            schema = @Schema(implementation = BackfillProgress.class),
                            examples = @ExampleObject(name = "completed", value = MigrationApiExamples.BACKFILL)))
    @APIResponse(
            responseCode = "202",
            description = "Running in the background; poll GET /api/migrations/backfills",
            content = @Content(schema = @Schema(implementation = BackfillProgress.class)))
    @APIResponse(
            responseCode = "400",
            description = "Bad name or batchSize",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "No backfill with that name",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "unknown", value = MigrationApiExamples.PROBLEM_NO_BACKFILL)))
    public Response runBackfill(
            @Parameter(description = "A declared backfill", example = "feeding-client-ids")
                    @PathParam("name")
                    @Pattern(regexp = "[\\w.-]{1,100}")
                    String name,
            @RequestBody(required = false, description = "Optional; without it, the defaults") @Valid
                    BackfillRunBody request) {
        BackfillRunBody body = request == null ? new BackfillRunBody(null, null, null) : request;
        BackfillOptions options = body.batchSize() == null
                ? backfills.defaults()
                : backfills.defaults().withBatchSize(body.batchSize());
        if (Boolean.TRUE.equals(body.restart())) {
            backfills.reset(name);
        }
        if (Boolean.TRUE.equals(body.waitUntilDone())) {
            return Response.ok(backfills.runNow(name, options, caller())).build();
        }
        BackfillProgress progress = backfills.start(name, options, caller());
        return Response.accepted(progress).build();
    }

    @POST
    @Path("/backfills/{name}/cancel")
    @RolesAllowed(MigrationRoles.ADMIN)
    @APIResponse(responseCode = "403", description = "The caller lacks the role migration-admin")
    @Operation(
            operationId = "cancelBackfill",
            summary = "Ask every runner of a backfill to stop after its current batch")
    @APIResponse(
            responseCode = "200",
            description = "Cancellation requested",
            content = @Content(schema = @Schema(implementation = BackfillProgress.class)))
    @APIResponse(responseCode = "400", description = "Bad name", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "No such backfill, or not started",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public BackfillProgress cancelBackfill(
            @Parameter(description = "A declared backfill", example = "feeding-client-ids")
                    @PathParam("name")
                    @Pattern(regexp = "[\\w.-]{1,100}")
                    String name) {
        return backfills.cancel(name);
    }

    private Response respond(RunOutcome outcome, String verb) {
        if (outcome.success()) {
            return Response.ok(RunResponse.of(outcome, verb)).build();
        }
        var failure = outcome.firstFailure();
        return Problem.migrationFailed(failure.name(), failure.errorMessage())
                .with("results", RunResponse.results(outcome))
                .toResponse();
    }

    private String caller() {
        return CallerName.of(identity);
    }
}
