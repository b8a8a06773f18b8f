package io.fieldguide.lots.trace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The lot graph that the recorded transformation events draw: an edge from each input lot to the
 * lot a run made of it. Both walks are recursive CTEs over lot ids with UNION, which keeps each lot
 * once, so a walk ends at any depth and on rework loops (a lot that is, through other runs, an input
 * of itself).
 */
@ApplicationScoped
public class LotGraph {

    /** Public for the benchmark, which explains it. */
    public static final String DOWNSTREAM =
            """
            WITH RECURSIVE downstream(lot_id) AS (
                SELECT unnest(CAST(:seeds AS bigint[]))
                UNION
                SELECT e.lot_id FROM downstream d
                JOIN tracking_event_inputs i ON i.lot_id = d.lot_id
                JOIN tracking_events e ON e.id = i.event_id)
            SELECT lot_id FROM downstream ORDER BY lot_id""";

    private static final String UPSTREAM =
            """
            WITH RECURSIVE upstream(lot_id) AS (
                SELECT unnest(CAST(:seeds AS bigint[]))
                UNION
                SELECT i.lot_id FROM upstream u
                JOIN tracking_events e ON e.lot_id = u.lot_id AND e.event_type = 'TRANSFORMATION'
                JOIN tracking_event_inputs i ON i.event_id = e.id)
            SELECT lot_id FROM upstream ORDER BY lot_id""";

    private final EntityManager entityManager;

    LotGraph(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The seeds and every lot made from them, at any depth. */
    public List<Long> downstream(Collection<Long> seeds) {
        return walk(DOWNSTREAM, seeds);
    }

    /** The seeds and every lot they were made from, at any depth. */
    public List<Long> upstream(Collection<Long> seeds) {
        return walk(UPSTREAM, seeds);
    }

    private List<Long> walk(String sql, Collection<Long> seeds) {
        if (seeds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager
                .createNativeQuery(sql)
                .setParameter("seeds", arrayLiteral(seeds))
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** '{1,2,3}': bound as text and cast in SQL, the one array binding every driver setup agrees on. */
    public static String arrayLiteral(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
