package io.fieldguide.migration.contract;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A test-only endpoint whose documented shape and real answer part ways on request, so that
 * {@link ContractValidationTest} can show the contract check catching the drift.
 */
@Path("/api/test/contract")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contract test", description = "Test-only: answers that drift from this document on request")
@PermitAll
public class DriftingResource {

    /** What the document promises. */
    @Schema(
            name = "Counted",
            requiredProperties = {"name", "count"})
    public record Counted(String name, int count) {}

    @GET
    @Operation(operationId = "counted", summary = "A name and a count, or on request something else")
    @APIResponse(
            responseCode = "200",
            description = "A name and a count",
            content = @Content(schema = @Schema(implementation = Counted.class)))
    public Response counted(
            @QueryParam("drift") @Schema(enumeration = {"none", "type", "member", "status"}) String drift) {
        return switch (drift == null ? "none" : drift) {
            case "type" ->
                Response.ok(Map.of("name", "widgets", "count", "seven")).build();
            case "member" ->
                Response.ok(Map.of("name", "widgets", "count", 7, "colour", "red"))
                        .build();
            case "status" ->
                Response.status(418).entity(Map.of("name", "teapot")).build();
            default -> Response.ok(new Counted("widgets", 7)).build();
        };
    }

    @POST
    @Operation(operationId = "count", summary = "Echoes a name and a count")
    @APIResponse(
            responseCode = "200",
            description = "The same name and count",
            content = @Content(schema = @Schema(implementation = Counted.class)))
    public Counted count(Counted counted) {
        return counted;
    }
}
