package io.fieldguide.learning.item;

import io.fieldguide.learning.LearningRoles;
import io.fieldguide.migration.problem.Problem;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Practice items: added by instructors, read by anyone signed in (without their answers). */
@Path("/api/items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Items", description = "Practice items and the model's estimate of their difficulty")
@SecurityRequirement(name = "jwt")
public class ItemResource {

    private final ItemService items;

    ItemResource(ItemService items) {
        this.items = items;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(LearningRoles.INSTRUCTOR)
    @Operation(operationId = "addItem", summary = "Add a practice item (instructors)")
    @APIResponse(
            responseCode = "201",
            description = "The new item",
            content = @Content(schema = @Schema(implementation = ItemView.class)))
    public Response add(@Valid @NotNull NewItem item) {
        ItemView created = items.add(item);
        return Response.created(URI.create("/api/items/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getItem", summary = "A practice item with its estimated difficulty")
    @APIResponse(
            responseCode = "200",
            description = "The item",
            content = @Content(schema = @Schema(implementation = ItemView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such item",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ItemView item(@PathParam("id") long id) {
        return items.byId(id);
    }
}
