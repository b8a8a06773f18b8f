package io.fieldguide.lots.receiving;

import io.fieldguide.lots.ApiResponses;
import io.fieldguide.lots.ApiTags;
import io.fieldguide.lots.Codes;
import io.fieldguide.lots.Examples;
import io.fieldguide.lots.LotRoles;
import io.fieldguide.lots.epcis.EpcisDocument;
import io.fieldguide.lots.epcis.EpcisService;
import io.fieldguide.lots.receiving.LotViews.LotView;
import io.fieldguide.lots.receiving.LotViews.ReceiveLot;
import io.fieldguide.lots.receiving.LotViews.Scrap;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lots: receiving one from a supplier, reading one with its mass balance, scrapping part of one. */
@Path("/api/lots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.LOTS, description = ApiTags.LOTS_DESCRIPTION)
@SecurityRequirement(name = "jwt")
@Authenticated
@APIResponse(responseCode = "401", description = ApiResponses.NO_TOKEN)
public class LotResource {

    private final ReceivingService receiving;
    private final EpcisService epcis;

    LotResource(ReceivingService receiving, EpcisService epcis) {
        this.receiving = receiving;
        this.epcis = epcis;
    }

    @POST
    @RolesAllowed(LotRoles.OPERATOR)
    @Operation(
            operationId = "receiveLot",
            summary = "Receive a lot from a supplier; records FSMA 204's receiving event (21 CFR 1.1345)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "flour", value = Examples.RECEIVE_LOT)))
    @APIResponse(
            responseCode = "201",
            description = "Received; Location names the lot",
            content = @Content(schema = @Schema(implementation = LotView.class)))
    @APIResponse(
            responseCode = "400",
            description = ApiResponses.BAD_INPUT + "; also an unknown ingredient or another unit than the ingredient's",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "403", description = ApiResponses.NOT_OPERATOR)
    @APIResponse(responseCode = "409", description = "A lot with this code exists")
    public Response receive(@Valid @NotNull ReceiveLot request, @Context UriInfo uri) {
        LotView lot = receiving.receive(request);
        return Response.created(uri.getAbsolutePathBuilder().path(lot.lotCode()).build())
                .entity(lot)
                .build();
    }

    @GET
    @Path("/{lotCode}")
    @Operation(operationId = "getLot", summary = "A lot with its mass balance and the holds that block it")
    @APIResponse(
            responseCode = "200",
            description = "The lot",
            content = @Content(schema = @Schema(implementation = LotView.class)))
    @APIResponse(responseCode = "400", description = "A malformed code (NUL character, too long)")
    @APIResponse(
            responseCode = "404",
            description = "No such lot",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404)))
    public LotView get(@PathParam("lotCode") String lotCode) {
        return receiving.get(Codes.require("lotCode", lotCode));
    }

    @GET
    @Path("/{lotCode}/epcis")
    @Produces({EpcisDocument.JSON_LD, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "lotEpcisEvents",
            summary = "The lot's history as a GS1 EPCIS 2.0 document: its receiving (ObjectEvent) or its making"
                    + " (TransformationEvent), the runs that consumed it, its pallets (AggregationEvent), its shipping")
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
    @APIResponse(responseCode = "400", description = "A malformed code (NUL character, too long)")
    @APIResponse(responseCode = "404", description = "No such lot")
    public EpcisDocument epcisEvents(@PathParam("lotCode") String lotCode) {
        return epcis.lotHistory(Codes.require("lotCode", lotCode));
    }

    @POST
    @Path("/{lotCode}/scrap")
    @RolesAllowed(LotRoles.OPERATOR)
    @Operation(operationId = "scrapLot", summary = "Write off part of a lot's stock")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "scrap", value = Examples.SCRAP)))
    @APIResponse(
            responseCode = "200",
            description = "The lot after the write-off",
            content = @Content(schema = @Schema(implementation = LotView.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_INPUT)
    @APIResponse(responseCode = "403", description = ApiResponses.NOT_OPERATOR)
    @APIResponse(responseCode = "404", description = "No such lot")
    @APIResponse(
            responseCode = "409",
            description = "More than the lot has available",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "short", value = Examples.PROBLEM_409)))
    public LotView scrap(@PathParam("lotCode") String lotCode, @Valid @NotNull Scrap request) {
        return receiving.scrap(Codes.require("lotCode", lotCode), request);
    }
}
