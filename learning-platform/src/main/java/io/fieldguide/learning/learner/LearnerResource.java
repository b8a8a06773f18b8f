package io.fieldguide.learning.learner;

import io.fieldguide.learning.LearningRoles;
import io.fieldguide.migration.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Learners, registered by instructors; a learner reads their own record at {@code GET /api/me}. */
@Path("/api/learners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learners", description = "Learners and the model's estimate of their ability")
@SecurityRequirement(name = "jwt")
public class LearnerResource {

    private final LearnerService learners;

    LearnerResource(LearnerService learners) {
        this.learners = learners;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(LearningRoles.INSTRUCTOR)
    @Operation(operationId = "registerLearner", summary = "Register a learner (instructors)")
    @APIResponse(
            responseCode = "201",
            description = "The new learner",
            content = @Content(schema = @Schema(implementation = LearnerView.class)))
    @APIResponse(
            responseCode = "409",
            description = "A learner with this email exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid @NotNull NewLearner learner) {
        LearnerView created = learners.register(learner);
        return Response.created(URI.create("/api/learners/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(LearningRoles.INSTRUCTOR)
    @Operation(operationId = "getLearner", summary = "A learner and their estimated ability (instructors)")
    @APIResponse(
            responseCode = "200",
            description = "The learner",
            content = @Content(schema = @Schema(implementation = LearnerView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such learner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LearnerView learner(@PathParam("id") UUID id) {
        return learners.byId(id);
    }
}
