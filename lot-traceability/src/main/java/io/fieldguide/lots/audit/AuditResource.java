package io.fieldguide.lots.audit;

import io.fieldguide.lots.ApiResponses;
import io.fieldguide.lots.ApiTags;
import io.fieldguide.migration.problem.InvalidRequestException;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail of one row: every change, oldest first. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.AUDIT, description = ApiTags.AUDIT_DESCRIPTION)
@SecurityRequirement(name = "jwt")
@Authenticated
public class AuditResource {

    private final AuditService audit;

    AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @Operation(
            operationId = "auditTrail",
            summary = "Every recorded change of one row, with who, when, old and new values")
    @APIResponse(
            responseCode = "200",
            description = "The changes, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntry.class)))
    @APIResponse(responseCode = "400", description = "A table that is not audited, or a missing record id")
    @APIResponse(responseCode = "401", description = ApiResponses.NO_TOKEN)
    public List<AuditEntry> trail(
            @Parameter(
                            description =
                                    "ingredient_lots, production_runs, pallets, batch_ingredients, quality_holds or shipments")
                    @QueryParam("table")
                    String table,
            @Parameter(description = "The row's id") @QueryParam("recordId") Long recordId) {
        if (table == null) {
            throw new InvalidRequestException("table", "table is required");
        }
        if (recordId == null) {
            throw new InvalidRequestException("recordId", "recordId is required");
        }
        return audit.entries(table, recordId);
    }
}
