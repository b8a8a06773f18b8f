package io.fieldguide.feeding.watermelon;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldguide.feeding.Examples;
import io.fieldguide.feeding.FeedingConfig;
import io.fieldguide.migration.problem.InvalidRequestException;
import io.fieldguide.migration.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * WatermelonDB's sync protocol, so that an app's {@code synchronize()} talks to the feeding tracker
 * unchanged: the pull and push endpoints its documentation asks for, on the same server cursor as
 * {@code /api/feedings/sync} (see the module README, section WatermelonDB).
 */
@Path("/api/feedings/watermelon/sync")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "WatermelonDB sync", description = "WatermelonDB's pullChanges and pushChanges, unchanged")
@APIResponse(
        responseCode = "400",
        description = "Invalid input, nothing written",
        content =
                @Content(
                        mediaType = Problem.MEDIA_TYPE,
                        examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_400)))
@APIResponse(
        responseCode = "410",
        description = "last_pulled_at is older than the tombstone purge, or not one this server issued:"
                + " reset the local database and sync from scratch",
        content =
                @Content(
                        mediaType = Problem.MEDIA_TYPE,
                        examples = @ExampleObject(name = "full re-sync", value = Examples.PROBLEM_410_WATERMELON)))
public class WatermelonSyncResource {

    private final WatermelonPullService pulls;
    private final WatermelonPushService pushes;
    private final FeedingConfig config;
    private final ObjectMapper mapper;

    WatermelonSyncResource(
            WatermelonPullService pulls, WatermelonPushService pushes, FeedingConfig config, ObjectMapper mapper) {
        this.pulls = pulls;
        this.pushes = pushes;
        this.config = config;
        this.mapper = mapper;
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "watermelonPullChanges",
            summary = "WatermelonDB pullChanges: every change since last_pulled_at, and the next timestamp")
    @APIResponse(
            responseCode = "200",
            description = "The changes, in the columns the client's schema version knows",
            content =
                    @Content(
                            schema = @Schema(implementation = PullResult.class),
                            examples = @ExampleObject(name = "changes", value = Examples.WATERMELON_PULL)))
    @APIResponse(
            responseCode = "409",
            description = "The schema is not migrated yet",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "not migrated", value = Examples.PROBLEM_409_SCHEMA)))
    public PullResult pull(
            @Parameter(
                            description = "The timestamp of the last pull; null, 0 or absent on the first sync",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^(null|[0-9]{1,19})$"))
                    @QueryParam("last_pulled_at")
                    String lastPulledAt,
            @Parameter(
                            required = true,
                            description = "The app schema's version (1 or 2): records carry only its columns")
                    @QueryParam("schema_version")
                    Integer schemaVersion,
            @Parameter(
                            description = "WatermelonDB's migration argument as JSON, or null:"
                                    + " {\"from\": 1, \"tables\": [], \"columns\": [{\"table\": \"feeding_records\","
                                    + " \"columns\": [\"created_at\", \"updated_at\"]}]}")
                    @QueryParam("migration")
                    String migration) {
        AppSchema schema = AppSchema.of(schemaVersion);
        return pulls.pull(parsePullTimestamp(lastPulledAt), schema, MigrationArgument.parse(migration, schema, mapper));
    }

    @POST
    @PermitAll
    @Operation(
            operationId = "watermelonPushChanges",
            summary = "WatermelonDB pushChanges: apply the local changes in one transaction, or refuse them all")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = PushedChanges.class),
                            examples = @ExampleObject(name = "changes", value = Examples.WATERMELON_PUSH)))
    @APIResponse(
            responseCode = "200",
            description = "Applied; how many records each rule touched",
            content =
                    @Content(
                            schema = @Schema(implementation = PushResult.class),
                            examples = @ExampleObject(name = "applied", value = Examples.WATERMELON_PUSH_RESULT)))
    @APIResponse(
            responseCode = "409",
            description = "A pushed record changed on the server after last_pulled_at (conflicts lists them), or"
                    + " the schema is not migrated yet: nothing was written; synchronize() again",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = {
                                @ExampleObject(name = "conflict", value = Examples.PROBLEM_409_SYNC_CONFLICT),
                                @ExampleObject(name = "not migrated", value = Examples.PROBLEM_409_SCHEMA)
                            }))
    public PushResult push(
            @Parameter(required = true, description = "The timestamp of the pull this push follows")
                    @QueryParam("last_pulled_at")
                    Long lastPulledAt,
            @Valid @NotNull PushedChanges changes) {
        if (lastPulledAt == null || lastPulledAt < 1) {
            throw new InvalidRequestException(
                    "last_pulled_at", "last_pulled_at is required: the timestamp of the pull this push follows");
        }
        return pushes.push(lastPulledAt, PushPlan.of(changes, config.sync().maxWatermelonPush()));
    }

    /** WatermelonDB sends the literal {@code null} on a first sync. */
    private static Optional<Long> parsePullTimestamp(String value) {
        if (value == null || value.isEmpty() || value.equals("null") || value.equals("0")) {
            return Optional.empty();
        }
        try {
            long timestamp = Long.parseLong(value);
            if (timestamp > 0) {
                return Optional.of(timestamp);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidRequestException(
                "last_pulled_at", "last_pulled_at must be null or the timestamp of the last pull, was '" + value + "'");
    }
}
