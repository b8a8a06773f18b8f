package io.fieldguide.lots.quality;

import io.fieldguide.lots.receiving.IngredientLot;
import io.fieldguide.migration.problem.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Whether a lot may be used: not while an active hold lies on it, on any lot it was made from, or on
 * any run that made one of them (a hold quarantines everything made from what it holds, at any
 * depth). The upstream walk follows the recorded transformation events and ends on loops (UNION).
 *
 * <p>A use and a hold placed at the same instant are ordered by row locks on the lots, never by
 * timing: {@link #refuseIfHeld} takes {@code FOR KEY SHARE} on the lot and every lot it was made from
 * before it reads the holds, and {@link HoldService} takes {@code FOR UPDATE} on what it holds before
 * it writes the hold. The two lock modes conflict, so either the hold commits first and the use,
 * reading the holds after its lock was granted, sees it; or the use commits first and the hold, which
 * waited for it, quarantines what the use made. Uses among themselves do not conflict (KEY SHARE is
 * compatible with the row updates that take stock).
 */
@ApplicationScoped
public class HoldCheck {

    private static final String UPSTREAM =
            """
            WITH RECURSIVE upstream(lot_id) AS (
                SELECT CAST(:lot AS bigint)
                UNION
                SELECT i.lot_id FROM upstream u
                JOIN tracking_events e ON e.lot_id = u.lot_id AND e.event_type = 'TRANSFORMATION'
                JOIN tracking_event_inputs i ON i.event_id = e.id)
            """;

    private static final String LOCK_UPSTREAM = UPSTREAM
            + """
                    SELECT l.id FROM ingredient_lots l WHERE l.id IN (SELECT lot_id FROM upstream)
                    ORDER BY l.id FOR KEY SHARE OF l""";

    private static final String BLOCKING_HOLDS = UPSTREAM
            + """
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

    /** The active holds that block the lot, oldest first; empty when it may be used. For reading only. */
    public List<Long> blockingHolds(long lotId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager
                .createNativeQuery(BLOCKING_HOLDS)
                .setParameter("lot", lotId)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Before a lot is consumed, packed or shipped: locks the lot and what it was made from against a
     * concurrent hold (until the transaction ends), then refuses with a 409 if a hold blocks it.
     */
    public void refuseIfHeld(IngredientLot lot) {
        entityManager
                .createNativeQuery(LOCK_UPSTREAM)
                .setParameter("lot", lot.id)
                .getResultList();
        List<Long> blocking = blockingHolds(lot.id);
        if (!blocking.isEmpty()) {
            throw new RefusedException(lot.lotCode, "Lot " + lot.lotCode + " is on hold (holds " + blocking + ")");
        }
    }
}
