package io.fieldguide.lots.trace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

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
            String supplierName,
            String supplierLotCode,
            String producedByBatchNumber) {}

    /** One input lot of a transformation and the lot it went into, with the quantity used. */
    public record Link(String inputLotCode, String outputLotCode, String batchNumber, BigDecimal quantity) {}

    public record TracedRun(String batchNumber, String status, List<String> inputLotCodes, String outputLotCode) {}

    public record TracedPallet(
            String palletNumber,
            String lotCode,
            BigDecimal quantity,
            String status,
            String location,
            String shipmentNumber) {}

    public record TracedShipment(
            String shipmentNumber,
            String customerName,
            String shipToLocation,
            Instant shippedAt,
            List<String> lotCodes) {}
}
