package io.fieldguide.learning.practice;

import io.fieldguide.learning.learner.LearnerService;
import io.fieldguide.learning.learner.LearnerView;
import io.fieldguide.migration.problem.Problem;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The calling learner: their record, their answers, the item to practise next. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Practice", description = "Adaptive practice for the calling learner")
@SecurityRequirement(name = "jwt")
@Authenticated
public class PracticeResource {

    private final PracticeService practice;
    private final LearnerService learners;
    private final SecurityIdentity caller;

    PracticeResource(PracticeService practice, LearnerService learners, SecurityIdentity caller) {
        this.practice = practice;
        this.learners = learners;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getMe", summary = "The calling learner (the token's subject is their email)")
    @APIResponse(
            responseCode = "200",
            description = "The learner and the model's estimate of their ability",
            content = @Content(schema = @Schema(implementation = LearnerView.class)))
    @APIResponse(
            responseCode = "403",
            description = "No learner account for the token's subject",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LearnerView me() {
        return learners.byCaller(caller.getPrincipal().getName());
    }

    @POST
    @Path("/attempts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordAttempt", summary = "Record an answer; both estimates move")
    @APIResponse(
            responseCode = "201",
            description = "The attempt, the prediction made before it, and the new estimates",
            content = @Content(schema = @Schema(implementation = AttemptRecorded.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid body, or no such item",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "No learner account for the token's subject",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@Valid @NotNull AttemptInput attempt) {
        AttemptRecorded recorded = practice.record(caller.getPrincipal().getName(), attempt);
        return Response.status(Response.Status.CREATED).entity(recorded).build();
    }

    @GET
    @Path("/attempts")
    @Operation(operationId = "listMyAttempts", summary = "My latest attempts, newest first")
    @APIResponse(
            responseCode = "200",
            description = "The attempts",
            content = @Content(schema = @Schema(implementation = AttemptView.class, type = SchemaType.ARRAY)))
    @APIResponse(
            responseCode = "403",
            description = "No learner account for the token's subject",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AttemptView> attempts(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit) {
        return practice.recentAttempts(caller.getPrincipal().getName(), limit);
    }

    @GET
    @Path("/next-item")
    @Operation(
            operationId = "nextItem",
            summary = "The item whose predicted success is nearest the target, not answered recently")
    @APIResponse(
            responseCode = "200",
            description = "The next item",
            content = @Content(schema = @Schema(implementation = NextItem.class)))
    @APIResponse(
            responseCode = "403",
            description = "No learner account for the token's subject",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No item (in this topic)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NextItem next(@QueryParam("topic") @Size(min = 1, max = 200) String topic) {
        return practice.next(caller.getPrincipal().getName(), Optional.ofNullable(topic));
    }
}
