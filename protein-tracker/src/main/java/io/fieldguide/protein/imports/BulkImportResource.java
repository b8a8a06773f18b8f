package io.fieldguide.protein.imports;

import io.fieldguide.migration.security.MigrationRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The guide's Phase 2 for many users: NDJSON files of exports, imported as resumable jobs. */
@Path("/api/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bulk import", description = "Many users' localStorage exports as NDJSON, imported as resumable jobs")
@SecurityRequirement(name = "jwt")
@RolesAllowed(MigrationRoles.ADMIN)
public class BulkImportResource {

    static final String NDJSON = "application/x-ndjson";

    private final BulkImportJobs jobs;
    private final BulkImportReads reads;
    private final BulkImportVerifier verifier;
    private final JsonWebToken caller;
    private final int defaultBatchSize;

    BulkImportResource(
            BulkImportJobs jobs,
            BulkImportReads reads,
            BulkImportVerifier verifier,
            JsonWebToken caller,
            @ConfigProperty(name = "protein.imports.batch-size", defaultValue = "100") int defaultBatchSize) {
        this.jobs = jobs;
        this.reads = reads;
        this.verifier = verifier;
        this.caller = caller;
        this.defaultBatchSize = defaultBatchSize;
    }

    @POST
    @Consumes(NDJSON)
    @Operation(
            operationId = "submitBulkImport",
            summary = "Import many users' exports",
            description = "One export per line (the format of POST /api/me/import, with user.email required); users"
                    + " are matched or created by e-mail. The file is staged and imported in the background in"
                    + " batches, each committed with its progress: a job stopped by a crash resumes when the service"
                    + " starts and imports every line once. A line that cannot be imported is rejected as a whole"
                    + " with its reason. The same file submitted while it is being imported answers that job (200).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = NDJSON,
                            schema = @Schema(type = SchemaType.STRING, description = "One JSON export per line")))
    @APIResponse(
            responseCode = "202",
            description = "The job was created and runs",
            headers = @Header(name = "Location", description = "The job", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = BulkImportProgress.class)))
    @APIResponse(
            responseCode = "200",
            description = "The same file is already being imported: that job",
            content = @Content(schema = @Schema(implementation = BulkImportProgress.class)))
    @APIResponse(responseCode = "400", description = "No line in the body, or a bad batch size; nothing staged")
    @APIResponse(responseCode = "403", description = "The caller is not a migration admin")
    @APIResponse(responseCode = "413", description = "The body is larger than the service accepts")
    @APIResponse(responseCode = "415", description = "The body is not application/x-ndjson")
    public Response submit(
            String ndjson,
            @Parameter(description = "Lines per batch (one transaction each); 100 unless configured")
                    @QueryParam("batchSize")
                    @Min(1)
                    @Max(10_000)
                    Integer batchSize,
            @Context UriInfo uri) {
        BulkImportJobs.Submitted submitted = jobs.submit(
                ndjson == null ? "" : ndjson, batchSize == null ? defaultBatchSize : batchSize, caller.getName());
        BulkImportProgress progress = reads.progress(submitted.jobId());
        if (!submitted.created()) {
            return Response.ok(progress).build();
        }
        return Response.accepted(progress)
                .location(uri.getBaseUriBuilder().path("api/imports/{id}").build(submitted.jobId()))
                .build();
    }

    @GET
    @Operation(operationId = "listBulkImports", summary = "The latest bulk imports, newest first")
    @APIResponse(
            responseCode = "200",
            description = "The jobs and their progress",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = BulkImportProgress.class)))
    @APIResponse(responseCode = "400", description = "A bad limit")
    @APIResponse(responseCode = "403", description = "The caller is not a migration admin")
    public List<BulkImportProgress> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return reads.recent(limit);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getBulkImport",
            summary = "A bulk import's progress",
            description = "Users and meals done, rate and ETA, state; read from the database, so it is the same on"
                    + " every instance and survives restarts.")
    @APIResponse(
            responseCode = "200",
            description = "The job's progress",
            content = @Content(schema = @Schema(implementation = BulkImportProgress.class)))
    @APIResponse(responseCode = "403", description = "The caller is not a migration admin")
    @APIResponse(responseCode = "404", description = "No such job")
    public BulkImportProgress progress(@PathParam("id") long id) {
        return reads.progress(id);
    }

    @GET
    @Path("/{id}/lines")
    @Operation(
            operationId = "listBulkImportLines",
            summary = "A bulk import's lines and their outcomes",
            description = "In file order, after line `after`; `outcome=rejected` lists the bad lines with their"
                    + " reasons. Each imported line names its per-user import, whose report lists every record.")
    @APIResponse(
            responseCode = "200",
            description = "The lines",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = BulkImportLine.class)))
    @APIResponse(responseCode = "400", description = "A bad outcome, after or limit")
    @APIResponse(responseCode = "403", description = "The caller is not a migration admin")
    @APIResponse(responseCode = "404", description = "No such job")
    public List<BulkImportLine> lines(
            @PathParam("id") long id,
            @QueryParam("outcome") @Pattern(regexp = "imported|unchanged|rejected") String outcome,
            @QueryParam("after") @DefaultValue("0") @Min(0) int after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return reads.lines(id, outcome, after, limit);
    }

    @GET
    @Path("/{id}/verification")
    @Operation(
            operationId = "verifyBulkImport",
            summary = "Check a bulk import against its source",
            description = "Per user: the meals the import rules keep from the export, counted and checksummed,"
                    + " against the rows in the database; and every daily summary equal to the sum of its meals.")
    @APIResponse(
            responseCode = "200",
            description = "The verification; verified is true when every user matches and no line is pending",
            content = @Content(schema = @Schema(implementation = ImportVerification.class)))
    @APIResponse(responseCode = "403", description = "The caller is not a migration admin")
    @APIResponse(responseCode = "404", description = "No such job")
    public ImportVerification verification(@PathParam("id") long id) {
        return verifier.verify(id);
    }
}
