package io.fieldguide.lots.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.hibernate.query.NativeQuery;

/**
 * Records FSMA 204's critical tracking events with their key data elements, in the transaction of
 * the change they describe: traces and the recall spreadsheet read these rows, never the live
 * tables, so they show what was recorded when it happened.
 */
@ApplicationScoped
public class TrackingEvents {

    private static final String INSERT =
            """
            INSERT INTO tracking_events (event_type, lot_id, quantity, unit_of_measure, product_description, location,
                event_time, immediate_previous_source, tlc_source, ship_to, reference_document_type,
                reference_document_number, production_run_id, pallet_id, shipment_id, recorded_by)
            VALUES (CAST(:type AS tracking_event_type), :lot, :quantity, :unit, :product, :location, :time,
                :previousSource, :tlcSource, :shipTo, :documentType, :documentNumber, :run, :pallet, :shipment, :recordedBy)
            RETURNING id""";

    private final EntityManager entityManager;

    TrackingEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** What every event has: the lot, how much of it, what it is, where, when, on which document. */
    public record Common(
            long lotId,
            BigDecimal quantity,
            String unitOfMeasure,
            String productDescription,
            String location,
            Instant eventTime,
            String referenceDocumentType,
            String referenceDocumentNumber,
            String recordedBy) {}

    /** 21 CFR 1.1345: receiving, with the immediate previous source and the TLC source. */
    public long receiving(Common event, String immediatePreviousSource, String tlcSource) {
        return insert(TrackingEventType.RECEIVING, event, immediatePreviousSource, tlcSource, null, null, null, null);
    }

    /** 21 CFR 1.1350: a run's new lot, with each input lot and the quantity of it used. */
    public long transformation(Common newLot, long runId, String tlcSource, Map<Long, BigDecimal> inputs) {
        long event = insert(TrackingEventType.TRANSFORMATION, newLot, null, tlcSource, null, runId, null, null);
        inputs.forEach((lotId, quantity) -> entityManager
                .createNativeQuery(
                        "INSERT INTO tracking_event_inputs (event_id, lot_id, quantity, unit_of_measure)"
                                + " VALUES (:event, :lot, :quantity, (SELECT unit_of_measure FROM ingredient_lots WHERE id = :lot))")
                .setParameter("event", event)
                .setParameter("lot", lotId)
                .setParameter("quantity", quantity)
                .executeUpdate());
        return event;
    }

    /** 21 CFR 1.1340: shipping one pallet of a lot to a customer's location. */
    public long shipping(Common event, String shipTo, long palletId, long shipmentId) {
        return insert(TrackingEventType.SHIPPING, event, null, null, shipTo, null, palletId, shipmentId);
    }

    private long insert(
            TrackingEventType type,
            Common event,
            String previousSource,
            String tlcSource,
            String shipTo,
            Long runId,
            Long palletId,
            Long shipmentId) {
        // Typed parameters: a null of unknown type would reach PostgreSQL as bytea.
        @SuppressWarnings("unchecked")
        NativeQuery<Number> query = entityManager.createNativeQuery(INSERT).unwrap(NativeQuery.class);
        Number id = query.setParameter("type", type.name())
                .setParameter("lot", event.lotId())
                .setParameter("quantity", event.quantity())
                .setParameter("unit", event.unitOfMeasure())
                .setParameter("product", event.productDescription())
                .setParameter("location", event.location())
                .setParameter("time", event.eventTime())
                .setParameter("previousSource", previousSource, String.class)
                .setParameter("tlcSource", tlcSource, String.class)
                .setParameter("shipTo", shipTo, String.class)
                .setParameter("documentType", event.referenceDocumentType())
                .setParameter("documentNumber", event.referenceDocumentNumber())
                .setParameter("run", runId, Long.class)
                .setParameter("pallet", palletId, Long.class)
                .setParameter("shipment", shipmentId, Long.class)
                .setParameter("recordedBy", event.recordedBy())
                .getSingleResult();
        return id.longValue();
    }
}
