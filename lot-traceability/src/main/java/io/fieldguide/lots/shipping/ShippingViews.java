package io.fieldguide.lots.shipping;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Pallets' and shipments' request and answer bodies. */
public final class ShippingViews {

    private ShippingViews() {}

    public record PackPallet(
            @NotBlank @Size(max = 100) String palletNumber,
            @NotBlank @Size(max = 100) String lotCode,
            @NotNull @Positive @Digits(integer = 11, fraction = 3) BigDecimal quantity,
            @NotBlank @Size(max = 500) String location) {}

    public record MovePallet(@NotBlank @Size(max = 500) String location) {}

    /** FSMA 204's shipping key data elements (21 CFR 1.1340) for every pallet in it. */
    public record Ship(
            @NotBlank @Size(max = 100) String shipmentNumber,
            @NotBlank @Size(max = 200) String customerName,
            @NotBlank @Size(max = 500) String shipToLocation,
            @NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 100) String> palletNumbers,
            @NotBlank @Size(max = 50) String referenceDocumentType,
            @NotBlank @Size(max = 100) String referenceDocumentNumber,
            OffsetDateTime shippedAt) {}

    public record PalletView(
            long id,
            String palletNumber,
            @Schema(nullable = true, description = "null on a pallet from before the enhancement") String lotCode,
            @Schema(nullable = true, description = "null when the pallet's lot was not made here") String batchNumber,
            @Schema(nullable = true, description = "null on a pallet from before the enhancement") BigDecimal quantity,
            @Schema(nullable = true, description = "null on a pallet from before the enhancement") String unitOfMeasure,
            PalletStatus status,
            @Schema(nullable = true, description = "null on a pallet from before the enhancement") String location,
            @Schema(nullable = true, description = "null until the pallet is shipped") String shipmentNumber,
            @Schema(nullable = true, description = "null until the pallet is shipped") Instant shippedAt,
            boolean quarantined) {}

    public record ShipmentView(
            long id,
            String shipmentNumber,
            String customerName,
            String shipToLocation,
            String shipFromLocation,
            Instant shippedAt,
            String referenceDocumentType,
            String referenceDocumentNumber,
            String shippedBy,
            List<PalletView> pallets) {}
}
