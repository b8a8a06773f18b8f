package io.fieldguide.lots.quality;

import io.fieldguide.lots.ApiResponses;
import io.fieldguide.lots.ApiTags;
import io.fieldguide.lots.Examples;
import io.fieldguide.lots.LotRoles;
import io.fieldguide.lots.quality.HoldViews.HoldView;
import io.fieldguide.lots.quality.HoldViews.PlaceHold;
import io.fieldguide.lots.quality.HoldViews.ReleaseHold;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Quality holds: placed on a lot or a run, released with who and why. */
@Path("/api/holds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.HOLDS, description = ApiTags.HOLDS_DESCRIPTION)
@SecurityRequirement(name = "jwt")
@Authenticated
@APIResponse(responseCode = "401", description = ApiResponses.NO_TOKEN)
public class HoldResource {

    private final HoldService holds;

    HoldResource(HoldService holds) {
        this.holds = holds;
    }

    @POST
    @RolesAllowed(LotRoles.QUALITY)
    @Operation(
            operationId = "placeHold",
            summary = "Hold a lot or a run: it and everything made from it cannot be consumed, packed or shipped")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "hold", value = Examples.PLACE_HOLD)))
    @APIResponse(
            responseCode = "201",
            description = "Placed; the answer lists what it quarantines",
            content = @Content(schema = @Schema(implementation = HoldView.class)))
    @APIResponse(
            responseCode = "400",
            description = ApiResponses.BAD_INPUT + "; also naming both or neither of lotCode and batchNumber")
    @APIResponse(responseCode = "403", description = ApiResponses.NOT_QUALITY)
    @APIResponse(responseCode = "404", description = "No such lot or run")
    public Response place(@Valid @NotNull PlaceHold request, @Context UriInfo uri) {
        HoldView hold = holds.place(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(hold.id()))
                        .build())
                .entity(hold)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getHold", summary = "A hold and what it quarantines")
    @APIResponse(
            responseCode = "200",
            description = "The hold",
            content = @Content(schema = @Schema(implementation = HoldView.class)))
    @APIResponse(responseCode = "404", description = "No such hold")
    public HoldView get(@PathParam("id") long id) {
        return holds.get(id);
    }

    @POST
    @Path("/{id}/release")
    @RolesAllowed(LotRoles.QUALITY)
    @Operation(operationId = "releaseHold", summary = "Release a hold, recording who and why")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "release", value = Examples.RELEASE_HOLD)))
    @APIResponse(
            responseCode = "200",
            description = "Released",
            content = @Content(schema = @Schema(implementation = HoldView.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_INPUT)
    @APIResponse(responseCode = "403", description = ApiResponses.NOT_QUALITY)
    @APIResponse(responseCode = "404", description = "No such hold")
    @APIResponse(responseCode = "409", description = "Released already")
    public HoldView release(@PathParam("id") long id, @Valid @NotNull ReleaseHold request) {
        return holds.release(id, request);
    }
}
