package io.fieldguide.feeding.sync;

import io.fieldguide.feeding.Examples;
import io.fieldguide.feeding.FeedingConfig;
import io.fieldguide.migration.input.StorableTimestamps;
import io.fieldguide.migration.problem.InvalidRequestException;
import io.fieldguide.migration.problem.Problem;
import io.fieldguide.migration.security.CallerName;
import io.fieldguide.migration.security.MigrationRoles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Offline-first sync on the model of WatermelonDB's pull/push: pull changes since a cursor, push a batch. */
@Path("/api/feedings/sync")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Feeding sync", description = "Pull changes since a server cursor; push offline changes in one transaction")
@APIResponse(
        responseCode = "400",
        description = "Invalid input, nothing written",
        content =
                @Content(
                        mediaType = Problem.MEDIA_TYPE,
                        examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_400)))
@APIResponse(
        responseCode = "409",
        description = "The schema is not migrated yet",
        content =
                @Content(
                        mediaType = Problem.MEDIA_TYPE,
                        examples = @ExampleObject(name = "not migrated", value = Examples.PROBLEM_409_SCHEMA)))
public class SyncResource {

    private final SyncPullService pulls;
    private final SyncPushService pushes;
    private final TombstonePurgeService purges;
    private final FeedingConfig config;
    private final SecurityIdentity identity;

    SyncResource(
            SyncPullService pulls,
            SyncPushService pushes,
            TombstonePurgeService purges,
            FeedingConfig config,
            SecurityIdentity identity) {
        this.pulls = pulls;
        this.pushes = pushes;
        this.purges = purges;
        this.config = config;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "pullChanges",
            summary = "Records created, updated and deleted since the cursor, one keyset page at a time")
    @APIResponse(
            responseCode = "200",
            description = "A page of changes and the cursor for the next pull",
            content =
                    @Content(
                            schema = @Schema(implementation = PullResponse.class),
                            examples = @ExampleObject(name = "changes", value = Examples.PULL)))
    @APIResponse(
            responseCode = "410",
            description = "The cursor is older than the tombstone purge: discard local data and pull without a cursor",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "full re-sync", value = Examples.PROBLEM_410)))
    public PullResponse pull(
            @Parameter(description = "The cursor of the previous pull; absent for an initial sync")
                    @QueryParam("cursor")
                    String cursor,
            @Parameter(description = "The guide's ISO 8601 form, best effort; prefer cursor") @QueryParam("since")
                    String since,
            @Parameter(description = "Records per page") @QueryParam("limit") Integer limit) {
        if (cursor != null && since != null) {
            throw new InvalidRequestException("cursor", "give either cursor or since, not both");
        }
        int pageSize = limit == null ? config.sync().defaultPageSize() : limit;
        if (pageSize < 1 || pageSize > config.sync().maxPageSize()) {
            throw new InvalidRequestException(
                    "limit", "limit must be between 1 and " + config.sync().maxPageSize() + ", was " + pageSize);
        }
        return pulls.pull(
                Optional.ofNullable(cursor).map(SyncCursor::decode),
                Optional.ofNullable(since).map(value -> StorableTimestamps.parseParameter("since", value)),
                pageSize);
    }

    @POST
    @PermitAll
    @Operation(
            operationId = "pushChanges",
            summary = "Apply a batch of offline changes in one transaction; conflicts come back with the server's copy")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = PushRequest.class),
                            examples = @ExampleObject(name = "batch", value = Examples.PUSH)))
    @APIResponse(
            responseCode = "200",
            description = "What was applied, what the server already had, and the conflicts",
            content =
                    @Content(
                            schema = @Schema(implementation = PushResponse.class),
                            examples = @ExampleObject(name = "result", value = Examples.PUSH_RESULT)))
    public PushResponse push(@Valid @NotNull PushRequest request) {
        int upserts = request.upsertsOrEmpty().size();
        int total = upserts + request.deletesOrEmpty().size();
        int max = config.sync().maxPushChanges();
        if (total > max) {
            throw new InvalidRequestException(
                    upserts > max ? "upserts" : "deletes",
                    "a push holds at most " + max + " changes (upserts and deletes together), this one " + total
                            + "; split it");
        }
        return pushes.push(request);
    }

    @POST
    @Path("/purge-tombstones")
    @RolesAllowed(MigrationRoles.ADMIN)
    @APIResponse(responseCode = "403", description = "The caller lacks the role migration-admin")
    @Operation(
            operationId = "purgeTombstones",
            summary = "Remove tombstones older than the retention in checkpointed batches (the core's backfill"
                    + " machinery, job feeding-tombstone-purge); older cursors then get 410 (full re-sync)")
    @APIResponse(
            responseCode = "200",
            description = "How many were removed",
            content =
                    @Content(
                            schema = @Schema(implementation = PurgeResponse.class),
                            examples = @ExampleObject(name = "purged", value = Examples.PURGE)))
    public PurgeResponse purge(
            @Parameter(description = "ISO 8601 duration, default feeding.sync.tombstone-retention")
                    @QueryParam("older_than")
                    String olderThan) {
        Duration retention;
        try {
            retention = olderThan == null ? config.sync().tombstoneRetention() : Duration.parse(olderThan);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("older_than", "older_than must be an ISO 8601 duration such as P30D");
        }
        if (retention.isNegative()) {
            throw new InvalidRequestException("older_than", "older_than must not be negative");
        }
        Instant cutoff;
        try {
            cutoff = Instant.now().minus(retention);
        } catch (ArithmeticException | java.time.DateTimeException e) {
            cutoff = Instant.MIN;
        }
        if (!StorableTimestamps.storable(cutoff)) {
            throw new InvalidRequestException("older_than", "older_than reaches before year 1");
        }
        return purges.purge(cutoff, CallerName.of(identity));
    }
}
