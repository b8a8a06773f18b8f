package io.fieldguide.lots.epcis;

import io.fieldguide.lots.epcis.EpcisDocument.BizTransaction;
import io.fieldguide.lots.epcis.EpcisDocument.Destination;
import io.fieldguide.lots.epcis.EpcisDocument.Event;
import io.fieldguide.lots.epcis.EpcisDocument.Ilmd;
import io.fieldguide.lots.epcis.EpcisDocument.Place;
import io.fieldguide.lots.epcis.EpcisDocument.Quantity;
import io.fieldguide.lots.epcis.EpcisDocument.Source;
import io.fieldguide.lots.receiving.IngredientLot;
import io.fieldguide.lots.trace.LotGraph;
import io.fieldguide.migration.problem.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The recorded FSMA 204 tracking events as GS1 EPCIS 2.0 events: receiving and shipping as
 * ObjectEvents, a run's transformation as a TransformationEvent, and each pallet's packing as an
 * AggregationEvent. Read from the recorded rows only, so a document shows what was recorded when it
 * happened (the mapping is tabled in the module README).
 */
@ApplicationScoped
@Transactional
public class EpcisService {

    /** Every tracking event about one of the lots, or that consumed one of them. */
    private static final String EVENTS =
            """
            SELECT e.id, e.event_type::text, e.event_time, e.recorded_at, e.quantity, e.unit_of_measure,
                l.ingredient_id, l.lot_code, e.location, e.immediate_previous_source, e.tlc_source,
                e.reference_document_type, e.reference_document_number, r.batch_number, p.pallet_number,
                s.customer_name, s.ship_to_location
            FROM tracking_events e
            JOIN ingredient_lots l ON l.id = e.lot_id
            LEFT JOIN production_runs r ON r.id = e.production_run_id
            LEFT JOIN pallets p ON p.id = e.pallet_id
            LEFT JOIN shipments s ON s.id = e.shipment_id
            WHERE e.lot_id = ANY (CAST(:lots AS bigint[]))
               OR e.id IN (SELECT event_id FROM tracking_event_inputs WHERE lot_id = ANY (CAST(:lots AS bigint[])))
            ORDER BY e.event_time, e.id""";

    private static final String INPUTS =
            """
            SELECT i.event_id, l.ingredient_id, l.lot_code, i.quantity, i.unit_of_measure
            FROM tracking_event_inputs i JOIN ingredient_lots l ON l.id = i.lot_id
            WHERE i.event_id = ANY (CAST(:events AS bigint[]))
            ORDER BY l.lot_code""";

    private static final String PACKINGS =
            """
            SELECT p.id, p.pallet_number, p.created_at, p.quantity, p.unit_of_measure, l.ingredient_id, l.lot_code
            FROM pallets p JOIN ingredient_lots l ON l.id = p.lot_id
            WHERE p.lot_id = ANY (CAST(:lots AS bigint[]))""";

    /** FSMA reference document types that CBV 2.0 names; any other type is sent without a CBV type. */
    private static final Map<String, String> CBV_DOCUMENT_TYPES = Map.of(
            "BOL", "bol",
            "PO", "po",
            "INVOICE", "inv",
            "INV", "inv",
            "ASN", "desadv",
            "DESADV", "desadv",
            "PRODUCTION_RUN", "prodorder");

    private static final String UTC = "+00:00";

    private final LotGraph graph;
    private final EpcisIdentifiers ids;
    private final EntityManager entityManager;

    EpcisService(LotGraph graph, EpcisIdentifiers ids, EntityManager entityManager) {
        this.graph = graph;
        this.ids = ids;
        this.entityManager = entityManager;
    }

    /** The lot's own history: its receiving or making, the runs that consumed it, its pallets and shipments. */
    public EpcisDocument lotHistory(String lotCode) {
        return document(List.of(IngredientLot.byCode(lotCode).id));
    }

    /**
     * A recall's events: those of every lot the recalled lot was made from and of every lot made from
     * it, at any depth (the lots of the FSMA 204 spreadsheet).
     */
    public EpcisDocument recall(String lotCode) {
        long lot = IngredientLot.byCode(lotCode).id;
        Set<Long> lots = new LinkedHashSet<>(graph.upstream(List.of(lot)));
        lots.addAll(graph.downstream(List.of(lot)));
        return document(lots);
    }

    private EpcisDocument document(Collection<Long> lots) {
        List<Object[]> eventRows = rows(EVENTS, "lots", LotGraph.arrayLiteral(lots));
        Map<Long, List<Quantity>> inputs = inputs(eventRows);
        List<Event> events = new ArrayList<>();
        for (Object[] row : eventRows) {
            events.add(
                    switch ((String) row[1]) {
                        case "RECEIVING" -> receiving(row);
                        case "TRANSFORMATION" -> transformation(row, inputs.getOrDefault(id(row[0]), List.of()));
                        default -> shipping(row);
                    });
        }
        rows(PACKINGS, "lots", LotGraph.arrayLiteral(lots)).stream()
                .map(this::packing)
                .forEach(events::add);
        events.sort(Comparator.comparing(Event::eventTime).thenComparing(Event::eventId));
        return EpcisDocument.of(Instant.now(), events);
    }

    private Event receiving(Object[] row) {
        Place receivedAt = new Place(ids.location((String) row[8]));
        List<Source> sources = new ArrayList<>();
        sources.add(new Source("owning_party", ids.party((String) row[9])));
        if (row[10] != null) {
            sources.add(new Source("location", ids.location((String) row[10])));
        }
        return new Event(
                "ObjectEvent",
                ids.event(id(row[0])),
                instant(row[2]),
                UTC,
                instant(row[3]),
                "OBSERVE",
                "receiving",
                "in_progress",
                receivedAt,
                receivedAt,
                null,
                List.of(quantity(row[6], row[7], row[4], row[5])),
                null,
                null,
                null,
                null,
                null,
                documents(row),
                sources,
                null,
                null);
    }

    private Event transformation(Object[] row, List<Quantity> inputs) {
        Place madeAt = new Place(ids.location((String) row[8]));
        return new Event(
                "TransformationEvent",
                ids.event(id(row[0])),
                instant(row[2]),
                UTC,
                instant(row[3]),
                null,
                "commissioning",
                "active",
                madeAt,
                madeAt,
                null,
                null,
                inputs,
                List.of(quantity(row[6], row[7], row[4], row[5])),
                ids.run((String) row[13]),
                null,
                null,
                documents(row),
                null,
                null,
                new Ilmd((String) row[7]));
    }

    private Event shipping(Object[] row) {
        return new Event(
                "ObjectEvent",
                ids.event(id(row[0])),
                instant(row[2]),
                UTC,
                instant(row[3]),
                "OBSERVE",
                "shipping",
                "in_transit",
                new Place(ids.location((String) row[8])),
                null,
                List.of(ids.pallet((String) row[14])),
                List.of(quantity(row[6], row[7], row[4], row[5])),
                null,
                null,
                null,
                null,
                null,
                documents(row),
                null,
                List.of(
                        new Destination("owning_party", ids.party((String) row[15])),
                        new Destination("location", ids.location((String) row[16]))),
                null);
    }

    /** A pallet's packing: not a tracking event of FSMA 204, recorded by the pallet row itself. */
    private Event packing(Object[] row) {
        return new Event(
                "AggregationEvent",
                ids.packing(id(row[0])),
                instant(row[2]),
                UTC,
                instant(row[2]),
                "ADD",
                "packing",
                "in_progress",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                ids.pallet((String) row[1]),
                List.of(quantity(row[5], row[6], row[3], row[4])),
                null,
                null,
                null,
                null);
    }

    private Map<Long, List<Quantity>> inputs(List<Object[]> eventRows) {
        List<Long> transformations = eventRows.stream()
                .filter(row -> "TRANSFORMATION".equals(row[1]))
                .map(row -> id(row[0]))
                .toList();
        if (transformations.isEmpty()) {
            return Map.of();
        }
        return rows(INPUTS, "events", LotGraph.arrayLiteral(transformations)).stream()
                .collect(Collectors.groupingBy(
                        row -> id(row[0]),
                        Collectors.mapping(row -> quantity(row[1], row[2], row[3], row[4]), Collectors.toList())));
    }

    private List<BizTransaction> documents(Object[] row) {
        String type = (String) row[11];
        return List.of(new BizTransaction(
                CBV_DOCUMENT_TYPES.get(type.toUpperCase(Locale.ROOT)), ids.document(type, (String) row[12])));
    }

    private Quantity quantity(Object ingredientId, Object lotCode, Object quantity, Object unit) {
        String code = (String) lotCode;
        String uom = UnitCodes.rec20((String) unit)
                .orElseThrow(() -> new RefusedException(
                        code,
                        "Lot " + code + " is counted in '" + unit + "', which has no UN/ECE Recommendation 20 code"
                                + " for EPCIS (accepted: " + UnitCodes.ACCEPTED + ")"));
        return new Quantity(ids.lot(id(ingredientId), code), (BigDecimal) quantity, uom);
    }

    private List<Object[]> rows(String sql, String parameter, String ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(sql)
                .setParameter(parameter, ids)
                .getResultList();
        return rows;
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
