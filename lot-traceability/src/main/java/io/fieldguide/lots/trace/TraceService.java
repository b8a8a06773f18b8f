package io.fieldguide.lots.trace;

import io.fieldguide.lots.receiving.IngredientLot;
import io.fieldguide.lots.shipping.Pallet;
import io.fieldguide.lots.shipping.Shipment;
import io.fieldguide.lots.trace.TraceView.TracedShipment;
import io.fieldguide.migration.problem.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Forward traces (from a lot or a supplier to everything containing it) and backward traces (from a
 * lot, a pallet or a shipment to every lot and supplier in it), over the recorded tracking events.
 * Each runs in one read transaction, so all its lists describe the same moment.
 */
@ApplicationScoped
@Transactional
public class TraceService {

    private final LotGraph graph;
    private final TraceQueries queries;
    private final EntityManager entityManager;

    TraceService(LotGraph graph, TraceQueries queries, EntityManager entityManager) {
        this.graph = graph;
        this.queries = queries;
        this.entityManager = entityManager;
    }

    public TraceView forwardFromLot(String lotCode) {
        return forward("lot", lotCode, List.of(IngredientLot.byCode(lotCode).id));
    }

    public TraceView forwardFromSupplier(String supplierName) {
        List<Long> lots = IngredientLot.<IngredientLot>list("supplierName", supplierName).stream()
                .map(lot -> lot.id)
                .toList();
        if (lots.isEmpty()) {
            throw new ResourceNotFoundException("No lot from supplier " + supplierName);
        }
        return forward("supplier", supplierName, lots);
    }

    public TraceView backwardFromLot(String lotCode) {
        return backward("lot", lotCode, List.of(IngredientLot.byCode(lotCode).id));
    }

    public TraceView backwardFromPallet(String palletNumber) {
        Pallet pallet = Pallet.byNumber(palletNumber);
        return backward("pallet", palletNumber, pallet.lotId == null ? List.of() : List.of(pallet.lotId));
    }

    public TraceView backwardFromShipment(String shipmentNumber) {
        Shipment shipment = Shipment.<Shipment>find("shipmentNumber", shipmentNumber)
                .firstResultOptional()
                .orElseThrow(() -> new ResourceNotFoundException("No shipment " + shipmentNumber));
        @SuppressWarnings("unchecked")
        List<Number> lots = entityManager
                .createNativeQuery("SELECT DISTINCT lot_id FROM tracking_events WHERE shipment_id = :shipment")
                .setParameter("shipment", shipment.id)
                .getResultList();
        return backward(
                "shipment", shipmentNumber, lots.stream().map(Number::longValue).toList());
    }

    private TraceView forward(String from, String code, List<Long> seeds) {
        List<Long> lots = graph.downstream(seeds);
        List<TracedShipment> shipments = queries.shipments(lots);
        return new TraceView(
                "forward",
                from,
                code,
                queries.lots(lots),
                queries.links(lots, true),
                queries.runs(lots, true),
                queries.pallets(lots),
                shipments,
                shipments.stream()
                        .map(TracedShipment::customerName)
                        .distinct()
                        .sorted()
                        .toList(),
                queries.suppliers(seeds));
    }

    private TraceView backward(String from, String code, List<Long> seeds) {
        List<Long> lots = graph.upstream(seeds);
        return new TraceView(
                "backward",
                from,
                code,
                queries.lots(lots),
                queries.links(lots, false),
                queries.runs(lots, false),
                // The pallets a backward trace starts from: the pallet itself, or the shipment's.
                queries.pallets(seeds).stream()
                        .filter(pallet ->
                                from.equals("pallet") && pallet.palletNumber().equals(code)
                                        || from.equals("shipment") && code.equals(pallet.shipmentNumber()))
                        .toList(),
                from.equals("shipment")
                        ? queries.shipments(seeds).stream()
                                .filter(shipment -> shipment.shipmentNumber().equals(code))
                                .toList()
                        : List.of(),
                List.of(),
                queries.suppliers(lots));
    }
}
