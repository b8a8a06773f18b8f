package io.fieldguide.lots.trace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A trace: from where it started, every lot reached with the transformations between them, and the
 * runs, pallets, shipments, customers and suppliers those lots touch.
 */
public record TraceView(
        String direction,
        String from,
        String code,
        List<TracedLot> lots,
        List<Link> links,
        List<TracedRun> runs,
        List<TracedPallet> pallets,
        List<TracedShipment> shipments,
        List<String> customers,
        List<String> suppliers) {

    public record TracedLot(
            String lotCode,
            String product,
            @Schema(nullable = true, description = "null for a lot the bakery made") String supplierName,
            @Schema(nullable = true, description = "null when the supplier gave none, and for a lot the bakery made")
                    String supplierLotCode,
            @Schema(nullable = true, description = "null for a lot received from a supplier")
                    String producedByBatchNumber) {}

    /** One input lot of a transformation and the lot it went into, with the quantity used. */
    public record Link(String inputLotCode, String outputLotCode, String batchNumber, BigDecimal quantity) {}

    public record TracedRun(
            String batchNumber,
            String status,
            List<String> inputLotCodes,
            @Schema(nullable = true, description = "null until the run is completed") String outputLotCode) {}

    public record TracedPallet(
            String palletNumber,
            String lotCode,
            @Schema(nullable = true, description = "null on a pallet from before the enhancement") BigDecimal quantity,
            String status,
            @Schema(nullable = true, description = "null on a pallet from before the enhancement") String location,
            @Schema(nullable = true, description = "null until the pallet is shipped") String shipmentNumber) {}

    public record TracedShipment(
            String shipmentNumber,
            String customerName,
            String shipToLocation,
            Instant shippedAt,
            List<String> lotCodes) {}
}
