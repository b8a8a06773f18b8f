package io.fieldguide.lots.shipping;

import io.fieldguide.lots.ApiResponses;
import io.fieldguide.lots.ApiTags;
import io.fieldguide.lots.Codes;
import io.fieldguide.lots.Examples;
import io.fieldguide.lots.LotRoles;
import io.fieldguide.lots.shipping.ShippingViews.Ship;
import io.fieldguide.lots.shipping.ShippingViews.ShipmentView;
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

/** Shipments: pallets shipped to a customer, one FSMA 204 shipping event per pallet. */
@Path("/api/shipments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.SHIPPING, description = ApiTags.SHIPPING_DESCRIPTION)
@SecurityRequirement(name = "jwt")
@Authenticated
@APIResponse(responseCode = "401", description = ApiResponses.NO_TOKEN)
public class ShipmentResource {

    private final ShippingService shipping;

    ShipmentResource(ShippingService shipping) {
        this.shipping = shipping;
    }

    @POST
    @RolesAllowed(LotRoles.OPERATOR)
    @Operation(
            operationId = "ship",
            summary = "Ship pallets to a customer; records FSMA 204's shipping events (21 CFR 1.1340)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "shipment", value = Examples.SHIP)))
    @APIResponse(
            responseCode = "201",
            description = "Shipped; Location names the shipment",
            content = @Content(schema = @Schema(implementation = ShipmentView.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_INPUT)
    @APIResponse(responseCode = "403", description = ApiResponses.NOT_OPERATOR)
    @APIResponse(responseCode = "404", description = "No such pallet")
    @APIResponse(
            responseCode = "409",
            description = "The shipment number is taken, a pallet has been shipped, or a pallet's lot is on hold")
    public Response ship(@Valid @NotNull Ship request, @Context UriInfo uri) {
        ShipmentView shipment = shipping.ship(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(shipment.shipmentNumber())
                        .build())
                .entity(shipment)
                .build();
    }

    @GET
    @Path("/{shipmentNumber}")
    @Operation(operationId = "getShipment", summary = "A shipment with its pallets")
    @APIResponse(
            responseCode = "200",
            description = "The shipment",
            content = @Content(schema = @Schema(implementation = ShipmentView.class)))
    @APIResponse(responseCode = "400", description = "A malformed shipment number")
    @APIResponse(responseCode = "404", description = "No such shipment")
    public ShipmentView get(@PathParam("shipmentNumber") String shipmentNumber) {
        return shipping.shipment(Codes.require("shipmentNumber", shipmentNumber));
    }
}
