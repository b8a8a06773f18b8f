package io.fieldguide.learning.partition;

import io.fieldguide.migration.problem.Problem;
import io.fieldguide.migration.security.MigrationRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The partitions of {@code attempts}, for operators (the role that runs migrations). */
@Path("/api/partitions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partitions", description = "The yearly partitions of attempts")
@SecurityRequirement(name = "jwt")
@RolesAllowed(MigrationRoles.ADMIN)
public class PartitionResource {

    private final AttemptPartitions partitions;

    PartitionResource(AttemptPartitions partitions) {
        this.partitions = partitions;
    }

    @GET
    @Operation(operationId = "listPartitions", summary = "Every partition of attempts with its bounds and size")
    @APIResponse(
            responseCode = "200",
            description = "The partitions, by name",
            content = @Content(schema = @Schema(implementation = PartitionView.class, type = SchemaType.ARRAY)))
    public List<PartitionView> list() {
        return partitions.list();
    }

    @POST
    @Path("/ensure")
    @Operation(
            operationId = "ensurePartitions",
            summary = "Create the missing partitions of this year and the next now")
    @APIResponse(
            responseCode = "200",
            description = "The partitions created (none if none was missing)",
            content = @Content(schema = @Schema(implementation = EnsuredPartitions.class)))
    @APIResponse(
            responseCode = "409",
            description = "The default partition holds attempts of a missing year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EnsuredPartitions ensure() {
        return partitions.ensureAhead();
    }
}
