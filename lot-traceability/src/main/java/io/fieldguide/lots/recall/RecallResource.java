package io.fieldguide.lots.recall;

import io.fieldguide.lots.ApiResponses;
import io.fieldguide.lots.ApiTags;
import io.fieldguide.lots.Codes;
import io.fieldguide.lots.Examples;
import io.fieldguide.lots.epcis.EpcisDocument;
import io.fieldguide.lots.epcis.EpcisService;
import io.fieldguide.migration.problem.Problem;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Mock recalls: the JSON report and FSMA 204's electronic sortable spreadsheet. */
@Path("/api/recalls/{lotCode}")
@Tag(name = ApiTags.TRACEABILITY, description = ApiTags.TRACEABILITY_DESCRIPTION)
@SecurityRequirement(name = "jwt")
@Authenticated
@APIResponse(responseCode = "400", description = "A malformed lot code")
@APIResponse(responseCode = "401", description = ApiResponses.NO_TOKEN)
@APIResponse(responseCode = "404", description = "No such lot")
public class RecallResource {

    public static final String CSV = "text/csv";

    private final RecallService recalls;
    private final EpcisService epcis;

    RecallResource(RecallService recalls, EpcisService epcis) {
        this.recalls = recalls;
        this.epcis = epcis;
    }

    @GET
    @Path("/epcis")
    @Produces({EpcisDocument.JSON_LD, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "mockRecallEpcis",
            summary = "The recall as a GS1 EPCIS 2.0 document: every event of every lot the recalled lot was made"
                    + " from and of every lot made from it (the spreadsheet's lots)")
    @APIResponse(
            responseCode = "200",
            description = "EPCISDocument, events sorted by time",
            content = {
                @Content(mediaType = EpcisDocument.JSON_LD, schema = @Schema(implementation = EpcisDocument.class)),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EpcisDocument.class))
            })
    @APIResponse(
            responseCode = "409",
            description = "A lot on the way is counted in a unit without a UN/ECE Recommendation 20 code"
                    + " (only possible for data imported before units were checked)")
    @APIResponse(
            responseCode = "406",
            description = "The request's Accept header allows neither application/ld+json nor application/json",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "not-acceptable", value = Examples.PROBLEM_406)))
    public EpcisDocument epcisEvents(@PathParam("lotCode") String lotCode) {
        return epcis.recall(Codes.require("lotCode", lotCode));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "mockRecall",
            summary =
                    "Mock recall of a lot: affected lots and pallets, customers and quantities shipped, stock on hand")
    @APIResponse(
            responseCode = "200",
            description = "The recall report",
            content = @Content(schema = @Schema(implementation = RecallReport.class)))
    public RecallReport report(@PathParam("lotCode") String lotCode) {
        return recalls.report(Codes.require("lotCode", lotCode));
    }

    @GET
    @Path("/fsma-204.csv")
    @Produces(CSV)
    @Operation(
            operationId = "mockRecallSpreadsheet",
            summary =
                    "FSMA 204's electronic sortable spreadsheet for the lot: one row per tracking event and input lot,"
                            + " the key data elements as columns, sorted by date")
    @APIResponse(
            responseCode = "200",
            description = "RFC 4180 CSV with a header row",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "406",
            description = "The request's Accept header does not allow text/csv (the spreadsheet has no JSON form;"
                    + " the JSON report is GET /api/recalls/{lotCode})",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "not-acceptable", value = Examples.PROBLEM_406)))
    public Response spreadsheet(@PathParam("lotCode") String lotCode) {
        String code = Codes.require("lotCode", lotCode);
        return Response.ok(recalls.spreadsheet(code), CSV + "; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"fsma-204-" + code.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv\"")
                .build();
    }
}
