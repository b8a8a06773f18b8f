package io.fieldguide.protein.exports;

import io.fieldguide.migration.problem.InvalidRequestException;
import io.fieldguide.protein.user.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's meals as CSV or PDF (optionally a day range), and the record of their exports. */
@Path("/api/me/exports")
@Tag(name = "Exports", description = "A user's meals as CSV or PDF, each export recorded")
@SecurityRequirement(name = "jwt")
@Authenticated
public class ExportResource {

    static final String CSV = "text/csv";
    static final String PDF = "application/pdf";

    private final MealExports exports;
    private final CurrentUser caller;
    private final JsonWebToken token;

    ExportResource(MealExports exports, CurrentUser caller, JsonWebToken token) {
        this.exports = exports;
        this.caller = caller;
        this.token = token;
    }

    @GET
    @Path("/meals.csv")
    @Produces(CSV)
    @Operation(
            operationId = "exportMyMealsCsv",
            summary = "My meals as CSV: date, time, description, proteinGrams, calories, mealType, id")
    @APIResponse(
            responseCode = "200",
            description = "RFC 4180 CSV with a header row",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "A bad date, or from after to")
    @APIResponse(responseCode = "403", description = "The token's user has no account here")
    @APIResponse(responseCode = "406", description = "The Accept header does not allow text/csv")
    public Response csv(
            @QueryParam("from") @Schema(format = "date") LocalDate from,
            @QueryParam("to") @Schema(format = "date") LocalDate to) {
        checkRange(from, to);
        return Response.ok(exports.csv(caller.id(), from, to), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"meals.csv\"")
                .build();
    }

    @GET
    @Path("/meals.pdf")
    @Produces(PDF)
    @Operation(operationId = "exportMyMealsPdf", summary = "My meals as a PDF: totals, then one line per day")
    @APIResponse(
            responseCode = "200",
            description = "A PDF document",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "A bad date, or from after to")
    @APIResponse(responseCode = "403", description = "The token's user has no account here")
    @APIResponse(responseCode = "406", description = "The Accept header does not allow application/pdf")
    public Response pdf(
            @QueryParam("from") @Schema(format = "date") LocalDate from,
            @QueryParam("to") @Schema(format = "date") LocalDate to) {
        checkRange(from, to);
        return Response.ok(exports.pdf(caller.id(), token.getName(), from, to), PDF)
                .header("Content-Disposition", "attachment; filename=\"meals.pdf\"")
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listMyExports", summary = "My latest 100 exports")
    @APIResponse(
            responseCode = "200",
            description = "The exports, newest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DataExport.class)))
    @APIResponse(responseCode = "403", description = "The token's user has no account here")
    public List<DataExport> list() {
        return exports.recent(caller.id());
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidRequestException("from", "from (" + from + ") is after to (" + to + ")");
        }
    }
}
