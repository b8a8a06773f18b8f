package io.fieldguide.course.favorites;

import io.fieldguide.course.Examples;
import io.fieldguide.course.user.CurrentUser;
import io.fieldguide.migration.problem.Problem;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own favorite courses. */
@Path("/api/me/favorites")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My favorites", description = "The signed-in user's favorite courses")
@SecurityRequirement(name = "jwt")
@Authenticated
@APIResponse(responseCode = "403", description = "The token is valid but its user has no account here")
public class FavoriteResource {

    private final FavoriteService favorites;
    private final CurrentUser caller;

    FavoriteResource(FavoriteService favorites, CurrentUser caller) {
        this.favorites = favorites;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listFavorites", summary = "My favorite courses, newest first")
    @APIResponse(
            responseCode = "200",
            description = "The favorites",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = FavoriteView.class),
                            examples = @ExampleObject(name = "favorites", value = "[" + Examples.FAVORITE + "]")))
    public List<FavoriteView> list() {
        return favorites.favorites(caller.id());
    }

    @PUT
    @Path("/{courseId}")
    @Operation(operationId = "addFavorite", summary = "Mark a course as a favorite (idempotent)")
    @APIResponse(
            responseCode = "200",
            description = "The favorite",
            content =
                    @Content(
                            schema = @Schema(implementation = FavoriteView.class),
                            examples = @ExampleObject(name = "favorite", value = Examples.FAVORITE)))
    @APIResponse(
            responseCode = "404",
            description = "No such course",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public FavoriteView add(@PathParam("courseId") long courseId) {
        return favorites.add(caller.id(), courseId);
    }

    @DELETE
    @Path("/{courseId}")
    @Operation(operationId = "removeFavorite", summary = "Unmark a favorite (idempotent)")
    @APIResponse(responseCode = "204", description = "No longer a favorite")
    public Response remove(@PathParam("courseId") long courseId) {
        favorites.remove(caller.id(), courseId);
        return Response.noContent().build();
    }
}
