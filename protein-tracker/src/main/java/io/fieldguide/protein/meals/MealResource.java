package io.fieldguide.protein.meals;

import io.fieldguide.migration.problem.InvalidRequestException;
import io.fieldguide.protein.user.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's meal entries: paged, by day range, and written one at a time. */
@Path("/api/me/meals")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meals", description = "A user's meal entries; another user's meals are never found")
@SecurityRequirement(name = "jwt")
@Authenticated
public class MealResource {

    private final MealStore meals;
    private final CurrentUser caller;

    MealResource(MealStore meals, CurrentUser caller) {
        this.meals = meals;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listMyMeals", summary = "My meals, newest first, optionally within a day range")
    @APIResponse(
            responseCode = "200",
            description = "One page of meals",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Meal.class)))
    @APIResponse(responseCode = "400", description = "A bad date, page or size, or from after to")
    @APIResponse(responseCode = "403", description = "The token's user has no account here")
    public List<Meal> list(
            @QueryParam("from") @Schema(format = "date") LocalDate from,
            @QueryParam("to") @Schema(format = "date") LocalDate to,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidRequestException("from", "from (" + from + ") is after to (" + to + ")");
        }
        return meals.list(caller.id(), from, to, page, size);
    }

    @POST
    @Operation(operationId = "createMyMeal", summary = "Add a meal; its day's summary follows")
    @APIResponse(
            responseCode = "201",
            description = "The meal",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Meal.class)))
    @APIResponse(responseCode = "400", description = "Missing or out-of-range fields, bad JSON")
    @APIResponse(responseCode = "403", description = "The token's user has no account here")
    public Response create(@Valid @NotNull MealInput input, @Context UriInfo uri) {
        Meal meal = meals.create(caller.id(), input);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(meal.id()))
                        .build())
                .entity(meal)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMyMeal", summary = "One of my meals")
    @APIResponse(
            responseCode = "200",
            description = "The meal",
            content = @Content(schema = @Schema(implementation = Meal.class)))
    @APIResponse(responseCode = "403", description = "The token's user has no account here")
    @APIResponse(responseCode = "404", description = "No such meal of mine")
    public Meal get(@PathParam("id") long id) {
        return meals.get(caller.id(), id);
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "replaceMyMeal",
            summary = "Replace one of my meals; the days it left and joined are recomputed")
    @APIResponse(
            responseCode = "200",
            description = "The meal",
            content = @Content(schema = @Schema(implementation = Meal.class)))
    @APIResponse(responseCode = "400", description = "Missing or out-of-range fields, bad JSON")
    @APIResponse(responseCode = "403", description = "The token's user has no account here")
    @APIResponse(responseCode = "404", description = "No such meal of mine")
    public Meal replace(@PathParam("id") long id, @Valid @NotNull MealInput input) {
        return meals.replace(caller.id(), id, input);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteMyMeal", summary = "Delete one of my meals")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "The token's user has no account here")
    @APIResponse(responseCode = "404", description = "No such meal of mine")
    public Response delete(@PathParam("id") long id) {
        meals.delete(caller.id(), id);
        return Response.noContent().build();
    }
}
