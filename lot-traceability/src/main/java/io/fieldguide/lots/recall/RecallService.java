package io.fieldguide.lots.recall;

import io.fieldguide.lots.catalog.Ingredient;
import io.fieldguide.lots.quality.HoldCheck;
import io.fieldguide.lots.recall.RecallReport.AffectedLot;
import io.fieldguide.lots.recall.RecallReport.CustomerShipment;
import io.fieldguide.lots.recall.RecallReport.Stock;
import io.fieldguide.lots.receiving.IngredientLot;
import io.fieldguide.lots.trace.LotGraph;
import io.fieldguide.lots.trace.TraceQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The mock recall of a lot, as JSON and as FSMA 204's electronic sortable spreadsheet. */
@ApplicationScoped
@Transactional
public class RecallService {

    /** The spreadsheet's columns: FSMA 204's key data elements, one row per event and input lot. */
    public static final List<String> COLUMNS = List.of(
            "event_type",
            "event_date",
            "traceability_lot_code",
            "product_description",
            "quantity",
            "unit_of_measure",
            "location_description",
            "immediate_previous_source",
            "traceability_lot_code_source",
            "ship_to",
            "input_traceability_lot_code",
            "input_product_description",
            "input_quantity",
            "input_unit_of_measure",
            "reference_document_type",
            "reference_document_number");

    private static final String AFFECTED_LOTS =
            """
            SELECT l.id, l.lot_code, i.name, l.quantity_on_hand, l.unit_of_measure
            FROM ingredient_lots l JOIN ingredients i ON i.id = l.ingredient_id
            WHERE l.id = ANY (CAST(:lots AS bigint[]))
            ORDER BY l.lot_code""";

    private static final String SHIPPED =
            """
            SELECT s.customer_name, s.ship_to_location, s.shipment_number, e.event_time, l.lot_code,
                sum(e.quantity), e.unit_of_measure
            FROM tracking_events e
            JOIN shipments s ON s.id = e.shipment_id
            JOIN ingredient_lots l ON l.id = e.lot_id
            WHERE e.event_type = 'SHIPPING' AND e.lot_id = ANY (CAST(:lots AS bigint[]))
            GROUP BY s.customer_name, s.ship_to_location, s.shipment_number, e.event_time, l.lot_code, e.unit_of_measure
            ORDER BY s.customer_name, e.event_time, s.shipment_number, l.lot_code""";

    private static final String EVENT_ROWS =
            """
            SELECT e.event_type::text, e.event_time, l.lot_code, e.product_description, e.quantity, e.unit_of_measure,
                e.location, e.immediate_previous_source, coalesce(e.tlc_source, l.tlc_source), e.ship_to,
                il.lot_code, ii.name, ti.quantity, ti.unit_of_measure,
                e.reference_document_type, e.reference_document_number
            FROM tracking_events e
            JOIN ingredient_lots l ON l.id = e.lot_id
            LEFT JOIN tracking_event_inputs ti ON ti.event_id = e.id
            LEFT JOIN ingredient_lots il ON il.id = ti.lot_id
            LEFT JOIN ingredients ii ON ii.id = il.ingredient_id
            WHERE e.lot_id = ANY (CAST(:lots AS bigint[]))
            ORDER BY e.event_time, e.id, il.lot_code""";

    private final LotGraph graph;
    private final TraceQueries traces;
    private final HoldCheck holds;
    private final EntityManager entityManager;

    RecallService(LotGraph graph, TraceQueries traces, HoldCheck holds, EntityManager entityManager) {
        this.graph = graph;
        this.traces = traces;
        this.holds = holds;
        this.entityManager = entityManager;
    }

    public RecallReport report(String lotCode) {
        IngredientLot lot = IngredientLot.byCode(lotCode);
        List<Long> lots = graph.downstream(List.of(lot.id));
        List<AffectedLot> affected = rows(AFFECTED_LOTS, lots).stream()
                .map(row -> new AffectedLot(
                        (String) row[1],
                        (String) row[2],
                        (BigDecimal) row[3],
                        (String) row[4],
                        !holds.blockingHolds(((Number) row[0]).longValue()).isEmpty()))
                .toList();
        List<CustomerShipment> customers = rows(SHIPPED, lots).stream()
                .map(row -> new CustomerShipment(
                        (String) row[0],
                        (String) row[1],
                        (String) row[2],
                        instant(row[3]),
                        (String) row[4],
                        (BigDecimal) row[5],
                        (String) row[6]))
                .toList();
        List<Stock> stock = new ArrayList<>();
        affected.stream()
                .map(AffectedLot::unitOfMeasure)
                .distinct()
                .sorted()
                .forEach(unit -> stock.add(new Stock(
                        affected.stream()
                                .filter(a -> a.unitOfMeasure().equals(unit))
                                .map(AffectedLot::onHand)
                                .reduce(BigDecimal.ZERO, BigDecimal::add),
                        unit)));
        return new RecallReport(
                lot.lotCode,
                Ingredient.<Ingredient>findById(lot.ingredientId).name,
                Instant.now(),
                affected,
                traces.pallets(lots),
                customers,
                stock);
    }

    /**
     * The sortable spreadsheet: every tracking event of the lot's history, where it came from
     * (backward) and where it went (forward), sorted by date.
     */
    public String spreadsheet(String lotCode) {
        IngredientLot lot = IngredientLot.byCode(lotCode);
        Set<Long> lots = new LinkedHashSet<>(graph.upstream(List.of(lot.id)));
        lots.addAll(graph.downstream(List.of(lot.id)));
        CsvWriter csv = new CsvWriter().row(COLUMNS);
        for (Object[] row : rows(EVENT_ROWS, lots)) {
            List<Object> fields = new ArrayList<>(java.util.Arrays.asList(row));
            fields.set(1, instant(row[1]));
            csv.row(fields);
        }
        return csv.toString();
    }

    private List<Object[]> rows(String sql, java.util.Collection<Long> lots) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(sql)
                .setParameter("lots", LotGraph.arrayLiteral(lots))
                .getResultList();
        return rows;
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
