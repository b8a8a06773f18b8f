package io.fieldguide.lots.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Whether a lot may be used: not while an active hold lies on it, on any lot it was made from, or on
 * any run that made one of them (a hold quarantines everything made from what it holds, at any
 * depth). The upstream walk follows the recorded transformation events and ends on loops (UNION).
 */
@ApplicationScoped
public class HoldCheck {

    private static final String BLOCKING_HOLDS =
            """
            WITH RECURSIVE upstream(lot_id) AS (
                SELECT CAST(:lot AS bigint)
                UNION
                SELECT i.lot_id FROM upstream u
                JOIN tracking_events e ON e.lot_id = u.lot_id AND e.event_type = 'TRANSFORMATION'
                JOIN tracking_event_inputs i ON i.event_id = e.id)
            SELECT h.id FROM quality_holds h
            WHERE h.released_at IS NULL
              AND (h.lot_id IN (SELECT lot_id FROM upstream)
                   OR h.production_run_id IN (
                       SELECT l.production_run_id FROM ingredient_lots l JOIN upstream u ON u.lot_id = l.id))
            ORDER BY h.id""";

    private final EntityManager entityManager;

    HoldCheck(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The active holds that block the lot, oldest first; empty when it may be used. */
    public List<Long> blockingHolds(long lotId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager
                .createNativeQuery(BLOCKING_HOLDS)
                .setParameter("lot", lotId)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
