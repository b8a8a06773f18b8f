package io.fieldguide.lots.trace;

import io.fieldguide.lots.trace.TraceView.Link;
import io.fieldguide.lots.trace.TraceView.TracedLot;
import io.fieldguide.lots.trace.TraceView.TracedPallet;
import io.fieldguide.lots.trace.TraceView.TracedRun;
import io.fieldguide.lots.trace.TraceView.TracedShipment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** What a set of traced lots touches, one query each, every list in a stable order. */
@ApplicationScoped
public class TraceQueries {

    private static final String LOTS =
            """
            SELECT l.lot_code, i.name, l.supplier_name, l.supplier_lot_code, r.batch_number
            FROM ingredient_lots l
            JOIN ingredients i ON i.id = l.ingredient_id
            LEFT JOIN production_runs r ON r.id = l.production_run_id
            WHERE l.id = ANY (CAST(:lots AS bigint[]))
            ORDER BY l.lot_code""";

    private static final String LINKS =
            """
            SELECT li.lot_code, lo.lot_code, r.batch_number, ti.quantity
            FROM tracking_event_inputs ti
            JOIN tracking_events e ON e.id = ti.event_id
            JOIN ingredient_lots li ON li.id = ti.lot_id
            JOIN ingredient_lots lo ON lo.id = e.lot_id
            LEFT JOIN production_runs r ON r.id = e.production_run_id
            WHERE %s = ANY (CAST(:lots AS bigint[]))
            ORDER BY li.lot_code, lo.lot_code""";

    /** Runs that used a traced lot (also runs still in progress) or, backward, that made one. */
    private static final String RUNS =
            """
            SELECT r.batch_number, r.status::text,
                (SELECT string_agg(DISTINCT l.lot_code, ',' ORDER BY l.lot_code) FROM batch_ingredients b
                 JOIN ingredient_lots l ON l.id = b.ingredient_lot_id WHERE b.production_run_id = r.id),
                (SELECT min(l.lot_code) FROM ingredient_lots l WHERE l.production_run_id = r.id)
            FROM production_runs r
            WHERE r.id IN (%s)
            ORDER BY r.batch_number""";

    private static final String RUNS_USING =
            """
            SELECT b.production_run_id FROM batch_ingredients b WHERE b.ingredient_lot_id = ANY (CAST(:lots AS bigint[]))
            UNION
            SELECT e.production_run_id FROM tracking_events e JOIN tracking_event_inputs ti ON ti.event_id = e.id
            WHERE ti.lot_id = ANY (CAST(:lots AS bigint[]))""";

    private static final String RUNS_MAKING =
            """
            SELECT e.production_run_id FROM tracking_events e
            WHERE e.event_type = 'TRANSFORMATION' AND e.lot_id = ANY (CAST(:lots AS bigint[]))""";

    private static final String PALLETS =
            """
            SELECT p.pallet_number, l.lot_code, p.quantity, p.status::text, p.location, s.shipment_number
            FROM pallets p
            JOIN ingredient_lots l ON l.id = p.lot_id
            LEFT JOIN shipments s ON s.id = p.shipment_id
            WHERE p.lot_id = ANY (CAST(:lots AS bigint[]))
            ORDER BY p.pallet_number""";

    private static final String SHIPMENTS =
            """
            SELECT s.shipment_number, s.customer_name, s.ship_to_location, s.shipped_at,
                string_agg(DISTINCT l.lot_code, ',' ORDER BY l.lot_code)
            FROM tracking_events e
            JOIN shipments s ON s.id = e.shipment_id
            JOIN ingredient_lots l ON l.id = e.lot_id
            WHERE e.event_type = 'SHIPPING' AND e.lot_id = ANY (CAST(:lots AS bigint[]))
            GROUP BY s.shipment_number, s.customer_name, s.ship_to_location, s.shipped_at
            ORDER BY s.shipment_number""";

    private static final String SUPPLIERS =
            """
            SELECT DISTINCT supplier_name FROM ingredient_lots
            WHERE id = ANY (CAST(:lots AS bigint[])) AND supplier_name IS NOT NULL
            ORDER BY supplier_name""";

    private final EntityManager entityManager;

    TraceQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<TracedLot> lots(Collection<Long> lots) {
        return rows(LOTS, lots).stream()
                .map(row -> new TracedLot(text(row[0]), text(row[1]), text(row[2]), text(row[3]), text(row[4])))
                .toList();
    }

    /** Forward: the links out of the traced lots; backward: the links into them. */
    public List<Link> links(Collection<Long> lots, boolean forward) {
        return rows(LINKS.formatted(forward ? "ti.lot_id" : "e.lot_id"), lots).stream()
                .map(row -> new Link(text(row[0]), text(row[1]), text(row[2]), (BigDecimal) row[3]))
                .toList();
    }

    public List<TracedRun> runs(Collection<Long> lots, boolean forward) {
        return rows(RUNS.formatted(forward ? RUNS_USING : RUNS_MAKING), lots).stream()
                .map(row -> new TracedRun(
                        text(row[0]),
                        text(row[1]),
                        row[2] == null ? List.of() : Arrays.asList(text(row[2]).split(",")),
                        text(row[3])))
                .toList();
    }

    public List<TracedPallet> pallets(Collection<Long> lots) {
        return rows(PALLETS, lots).stream()
                .map(row -> new TracedPallet(
                        text(row[0]), text(row[1]), (BigDecimal) row[2], text(row[3]), text(row[4]), text(row[5])))
                .toList();
    }

    public List<TracedShipment> shipments(Collection<Long> lots) {
        return rows(SHIPMENTS, lots).stream()
                .map(row -> new TracedShipment(
                        text(row[0]),
                        text(row[1]),
                        text(row[2]),
                        instant(row[3]),
                        Arrays.asList(text(row[4]).split(","))))
                .toList();
    }

    public List<String> suppliers(Collection<Long> lots) {
        return rows(SUPPLIERS, lots).stream().map(row -> text(row[0])).toList();
    }

    private List<Object[]> rows(String sql, Collection<Long> lots) {
        @SuppressWarnings("unchecked")
        List<Object> rows = entityManager
                .createNativeQuery(sql)
                .setParameter("lots", LotGraph.arrayLiteral(lots))
                .getResultList();
        return rows.stream()
                .map(row -> row instanceof Object[] columns ? columns : new Object[] {row})
                .toList();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
