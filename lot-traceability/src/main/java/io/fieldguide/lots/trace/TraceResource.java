package io.fieldguide.lots.trace;

import io.fieldguide.lots.ApiResponses;
import io.fieldguide.lots.ApiTags;
import io.fieldguide.lots.Codes;
import io.fieldguide.migration.problem.InvalidRequestException;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Forward and backward traces at any depth, from the recorded FSMA 204 tracking events. */
@Path("/api/trace")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.TRACEABILITY, description = ApiTags.TRACEABILITY_DESCRIPTION)
@SecurityRequirement(name = "jwt")
@Authenticated
@APIResponse(responseCode = "400", description = "Not exactly one starting point, or a malformed code")
@APIResponse(responseCode = "401", description = ApiResponses.NO_TOKEN)
@APIResponse(responseCode = "404", description = "No such lot, supplier, pallet or shipment")
public class TraceResource {

    private final TraceService traces;

    TraceResource(TraceService traces) {
        this.traces = traces;
    }

    @GET
    @Path("/forward")
    @Operation(
            operationId = "traceForward",
            summary = "Every run, lot, pallet, shipment and customer that contains a lot, or any lot of a supplier")
    @APIResponse(
            responseCode = "200",
            description = "The trace",
            content = @Content(schema = @Schema(implementation = TraceView.class)))
    public TraceView forward(
            @Parameter(description = "Start from this lot") @QueryParam("lotCode") String lotCode,
            @Parameter(description = "Start from every lot of this supplier") @QueryParam("supplierName")
                    String supplierName) {
        requireOne(lotCode, supplierName);
        return lotCode != null
                ? traces.forwardFromLot(Codes.require("lotCode", lotCode))
                : traces.forwardFromSupplier(Codes.require("supplierName", supplierName));
    }

    @GET
    @Path("/backward")
    @Operation(
            operationId = "traceBackward",
            summary = "Every lot and supplier in a lot, a pallet or a shipment, through every run that made it")
    @APIResponse(
            responseCode = "200",
            description = "The trace",
            content = @Content(schema = @Schema(implementation = TraceView.class)))
    public TraceView backward(
            @Parameter(description = "Start from this lot") @QueryParam("lotCode") String lotCode,
            @Parameter(description = "Start from this pallet") @QueryParam("palletNumber") String palletNumber,
            @Parameter(description = "Start from this shipment") @QueryParam("shipmentNumber") String shipmentNumber) {
        requireOne(lotCode, palletNumber, shipmentNumber);
        if (lotCode != null) {
            return traces.backwardFromLot(Codes.require("lotCode", lotCode));
        }
        return palletNumber != null
                ? traces.backwardFromPallet(Codes.require("palletNumber", palletNumber))
                : traces.backwardFromShipment(Codes.require("shipmentNumber", shipmentNumber));
    }

    private static void requireOne(String... startingPoints) {
        if (Stream.of(startingPoints).filter(point -> point != null).count() != 1) {
            throw new InvalidRequestException(null, "Name exactly one starting point");
        }
    }
}
