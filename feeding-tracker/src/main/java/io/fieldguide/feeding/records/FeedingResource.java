package io.fieldguide.feeding.records;

import io.fieldguide.feeding.Examples;
import io.fieldguide.feeding.FeedingConfig;
import io.fieldguide.migration.input.PageRequest;
import io.fieldguide.migration.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The guide's feeding API: list, create (idempotent by client_id), update by id or client_id, delete. */
@Path("/api/feedings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Feedings", description = "Feeding records, each with its client_id")
@APIResponse(
        responseCode = "400",
        description = "Invalid input, nothing written",
        content =
                @Content(
                        mediaType = Problem.MEDIA_TYPE,
                        examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_400)))
public class FeedingResource {

    private final FeedingService feedings;
    private final FeedingConfig config;

    FeedingResource(FeedingService feedings, FeedingConfig config) {
        this.feedings = feedings;
        this.config = config;
    }

    @GET
    @Operation(
            operationId = "listFeedings",
            summary = "One page of feeding records, newest feeding first, client_id in every record")
    @APIResponse(
            responseCode = "200",
            description = "The page",
            content =
                    @Content(
                            schema = @Schema(implementation = FeedingPage.class),
                            examples = @ExampleObject(name = "page", value = Examples.PAGE)))
    public FeedingPage list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(
                page, size, config.api().defaultPageSize(), config.api().maxPageSize());
        return feedings.list(request.page(), request.size());
    }

    @POST
    @Operation(
            operationId = "createFeeding",
            summary =
                    "Create a record; the client may send its own client_id, and sending it again creates no duplicate")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = FeedingInput.class),
                            examples = @ExampleObject(name = "create", value = Examples.CREATE)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            schema = @Schema(implementation = FeedingView.class),
                            examples = @ExampleObject(name = "created", value = Examples.RECORD)))
    @APIResponse(
            responseCode = "200",
            description = "A record with this client_id and the same content exists already: nothing was created",
            content =
                    @Content(
                            schema = @Schema(implementation = FeedingView.class),
                            examples = @ExampleObject(name = "existing", value = Examples.RECORD)))
    @APIResponse(
            responseCode = "409",
            description = "A different or deleted record has this client_id, or the schema is not migrated yet",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "conflict", value = Examples.PROBLEM_409_VERSION)))
    public Response create(@Valid @NotNull FeedingInput input, @Context UriInfo uri) {
        FeedingService.Created created = feedings.create(input);
        if (!created.created()) {
            return Response.ok(created.record()).build();
        }
        String key = created.record().clientId() != null
                ? created.record().clientId().toString()
                : String.valueOf(created.record().id());
        return Response.created(uri.getAbsolutePathBuilder().path(key).build())
                .entity(created.record())
                .build();
    }

    @PUT
    @Path("/{key}")
    @Operation(operationId = "updateFeeding", summary = "Update a record by its id (digits) or its client_id (UUID)")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = FeedingUpdate.class),
                            examples = @ExampleObject(name = "update", value = Examples.UPDATE)))
    @APIResponse(
            responseCode = "200",
            description = "The record as stored",
            content =
                    @Content(
                            schema = @Schema(implementation = FeedingView.class),
                            examples = @ExampleObject(name = "updated", value = Examples.RECORD)))
    @APIResponse(
            responseCode = "404",
            description = "No such record, or it was deleted",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404)))
    @APIResponse(
            responseCode = "409",
            description = "base_version is stale (the server's copy is in the answer), or the schema is not migrated",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "stale", value = Examples.PROBLEM_409_VERSION)))
    public FeedingView update(
            @Parameter(description = "The record's id (digits) or its client_id (a UUID)") @PathParam("key") String key,
            @Valid @NotNull FeedingUpdate update) {
        return feedings.update(RecordKey.parse(key), update);
    }

    @DELETE
    @Path("/{key}")
    @Operation(
            operationId = "deleteFeeding",
            summary = "Delete a record by client_id; a tombstone tells syncing clients")
    @APIResponse(responseCode = "204", description = "Deleted (also when it already was)")
    @APIResponse(
            responseCode = "404",
            description = "No record has this client_id",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404)))
    @APIResponse(
            responseCode = "409",
            description = "The schema is not migrated yet",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "not migrated", value = Examples.PROBLEM_409_SCHEMA)))
    public Response delete(
            @Parameter(description = "The record's client_id (a UUID)") @PathParam("key") String clientId) {
        feedings.delete(RecordKey.clientId(clientId, "client_id"));
        return Response.noContent().build();
    }
}
