package io.fieldguide.protein.favorites;

import io.fieldguide.protein.user.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's favourite meals. */
@Path("/api/me/favorites")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Favourites", description = "A user's favourite meals")
@SecurityRequirement(name = "jwt")
@Authenticated
public class FavoriteResource {

    private final FavoriteStore favorites;
    private final CurrentUser caller;

    FavoriteResource(FavoriteStore favorites, CurrentUser caller) {
        this.favorites = favorites;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listMyFavorites", summary = "My favourites, by name")
    @APIResponse(
            responseCode = "200",
            description = "The favourites",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Favorite.class)))
    @APIResponse(responseCode = "403", description = "The token's user has no account here")
    public List<Favorite> list() {
        return favorites.list(caller.id());
    }

    @POST
    @Operation(operationId = "createMyFavorite", summary = "Save a favourite, optionally linked to one of my meals")
    @APIResponse(
            responseCode = "201",
            description = "The favourite",
            content = @Content(schema = @Schema(implementation = Favorite.class)))
    @APIResponse(responseCode = "400", description = "Missing or out-of-range fields, or mealId not one of my meals")
    @APIResponse(responseCode = "403", description = "The token's user has no account here")
    public Response create(@Valid @NotNull FavoriteInput input) {
        return Response.status(201).entity(favorites.create(caller.id(), input)).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteMyFavorite", summary = "Delete one of my favourites")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "The token's user has no account here")
    @APIResponse(responseCode = "404", description = "No such favourite of mine")
    public Response delete(@PathParam("id") long id) {
        favorites.delete(caller.id(), id);
        return Response.noContent().build();
    }
}
