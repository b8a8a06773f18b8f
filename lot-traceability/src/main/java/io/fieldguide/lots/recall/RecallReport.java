package io.fieldguide.lots.recall;

import io.fieldguide.lots.trace.TraceView.TracedPallet;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A mock recall of one lot: every lot made from it with its stock on hand, the affected pallets with
 * location and status, and each customer with what it was shipped.
 */
public record RecallReport(
        String lotCode,
        String product,
        Instant generatedAt,
        List<AffectedLot> affectedLots,
        List<TracedPallet> pallets,
        List<CustomerShipment> customers,
        List<Stock> stockOnHand) {

    public record AffectedLot(
            String lotCode, String product, BigDecimal onHand, String unitOfMeasure, boolean blocked) {}

    public record CustomerShipment(
            String customerName,
            String shipToLocation,
            String shipmentNumber,
            Instant shippedAt,
            String lotCode,
            BigDecimal quantity,
            String unitOfMeasure) {}

    /** Stock still here, per unit of measure, summed over the affected lots. */
    public record Stock(BigDecimal quantity, String unitOfMeasure) {}
}
