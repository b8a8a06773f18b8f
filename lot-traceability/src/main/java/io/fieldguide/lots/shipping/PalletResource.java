package io.fieldguide.lots.shipping;

import io.fieldguide.lots.ApiResponses;
import io.fieldguide.lots.ApiTags;
import io.fieldguide.lots.Codes;
import io.fieldguide.lots.Examples;
import io.fieldguide.lots.LotRoles;
import io.fieldguide.lots.shipping.ShippingViews.MovePallet;
import io.fieldguide.lots.shipping.ShippingViews.PackPallet;
import io.fieldguide.lots.shipping.ShippingViews.PalletView;
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

/** Pallets, by pallet number: pack a lot onto one, move it. Shipping is in ShipmentResource. */
@Path("/api/pallets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.SHIPPING, description = ApiTags.SHIPPING_DESCRIPTION)
@SecurityRequirement(name = "jwt")
@Authenticated
@APIResponse(responseCode = "401", description = ApiResponses.NO_TOKEN)
public class PalletResource {

    private final ShippingService shipping;

    PalletResource(ShippingService shipping) {
        this.shipping = shipping;
    }

    @POST
    @RolesAllowed(LotRoles.OPERATOR)
    @Operation(operationId = "packPallet", summary = "Pack a quantity of a lot onto a new pallet")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "pallet", value = Examples.PACK_PALLET)))
    @APIResponse(
            responseCode = "201",
            description = "Packed; Location names the pallet",
            content = @Content(schema = @Schema(implementation = PalletView.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_INPUT)
    @APIResponse(responseCode = "403", description = ApiResponses.NOT_OPERATOR)
    @APIResponse(responseCode = "404", description = "No such lot")
    @APIResponse(
            responseCode = "409",
            description = "The pallet number is taken, the lot has too little left to pack, or it is on hold")
    public Response pack(@Valid @NotNull PackPallet request, @Context UriInfo uri) {
        PalletView pallet = shipping.pack(request);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(pallet.palletNumber()).build())
                .entity(pallet)
                .build();
    }

    @GET
    @Path("/{palletNumber}")
    @Operation(operationId = "getPallet", summary = "A pallet, and whether a hold quarantines it")
    @APIResponse(
            responseCode = "200",
            description = "The pallet",
            content = @Content(schema = @Schema(implementation = PalletView.class)))
    @APIResponse(responseCode = "400", description = "A malformed pallet number")
    @APIResponse(responseCode = "404", description = "No such pallet")
    public PalletView get(@PathParam("palletNumber") String palletNumber) {
        return shipping.pallet(Codes.require("palletNumber", palletNumber));
    }

    @POST
    @Path("/{palletNumber}/move")
    @RolesAllowed(LotRoles.OPERATOR)
    @Operation(operationId = "movePallet", summary = "Move a pallet into storage at a location")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "move", value = Examples.MOVE_PALLET)))
    @APIResponse(
            responseCode = "200",
            description = "The pallet at its new location",
            content = @Content(schema = @Schema(implementation = PalletView.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_INPUT)
    @APIResponse(responseCode = "403", description = ApiResponses.NOT_OPERATOR)
    @APIResponse(responseCode = "404", description = "No such pallet")
    @APIResponse(responseCode = "409", description = "The pallet has been shipped")
    public PalletView move(@PathParam("palletNumber") String palletNumber, @Valid @NotNull MovePallet request) {
        return shipping.move(Codes.require("palletNumber", palletNumber), request);
    }
}
