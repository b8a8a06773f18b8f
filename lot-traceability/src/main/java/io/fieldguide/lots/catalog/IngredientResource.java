package io.fieldguide.lots.catalog;

import io.fieldguide.lots.ApiTags;
import io.fieldguide.lots.Examples;
import io.fieldguide.lots.LotRoles;
import io.fieldguide.lots.catalog.IngredientViews.IngredientView;
import io.fieldguide.lots.catalog.IngredientViews.NewIngredient;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ingredient catalog: what lots are lots of. */
@Path("/api/ingredients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.INGREDIENTS, description = ApiTags.INGREDIENTS_DESCRIPTION)
@SecurityRequirement(name = "jwt")
@Authenticated
@APIResponse(responseCode = "401", description = "No valid token")
public class IngredientResource {

    private final IngredientService ingredients;

    IngredientResource(IngredientService ingredients) {
        this.ingredients = ingredients;
    }

    @GET
    @Operation(operationId = "listIngredients", summary = "Every ingredient with its stock on hand")
    @APIResponse(
            responseCode = "200",
            description = "The catalog, by name",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = IngredientView.class)))
    public List<IngredientView> list() {
        return ingredients.list();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getIngredient", summary = "One ingredient with its stock on hand")
    @APIResponse(
            responseCode = "200",
            description = "The ingredient",
            content = @Content(schema = @Schema(implementation = IngredientView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such ingredient",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404)))
    public IngredientView get(@PathParam("id") long id) {
        return ingredients.get(id);
    }

    @POST
    @RolesAllowed(LotRoles.OPERATOR)
    @Operation(operationId = "createIngredient", summary = "Add an ingredient to the catalog")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "flour", value = Examples.INGREDIENT)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = IngredientView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields (a wrong type, a blank name), nothing written",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "403", description = "The caller is not a lot-operator")
    @APIResponse(responseCode = "409", description = "An ingredient of that name exists")
    public Response create(@Valid @NotNull NewIngredient request, @Context UriInfo uri) {
        IngredientView created = ingredients.create(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }
}
