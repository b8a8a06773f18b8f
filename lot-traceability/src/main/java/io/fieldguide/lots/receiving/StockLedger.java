package io.fieldguide.lots.receiving;

import io.fieldguide.migration.problem.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;

/**
 * The only code that changes a lot's quantities, each time with one conditional UPDATE: the row lock
 * it takes makes a second, concurrent consumer wait, re-read the row and find the quantity gone, so
 * no lot is ever taken below zero, nor below what its unshipped pallets hold. A refusal is a 409 and
 * rolls back the whole request. Callers touching several lots take them in id order (no deadlock).
 */
@ApplicationScoped
public class StockLedger {

    private static final String TAKE =
            """
            UPDATE ingredient_lots SET
                quantity_on_hand = quantity_on_hand - :quantity,
                quantity_scrapped = quantity_scrapped + :scrapped,
                status = CASE WHEN quantity_on_hand - :quantity = 0 THEN 'DEPLETED'::lot_status ELSE 'IN_USE'::lot_status END,
                updated_at = now()
            WHERE id = :lot AND quantity_on_hand - :quantity >= (
                SELECT coalesce(sum(p.quantity), 0) FROM pallets p WHERE p.lot_id = :lot AND p.status <> 'SHIPPED')""";

    private static final String SHIP =
            """
            UPDATE ingredient_lots SET
                quantity_on_hand = quantity_on_hand - :quantity,
                status = CASE WHEN quantity_on_hand - :quantity = 0 THEN 'DEPLETED'::lot_status ELSE status END,
                updated_at = now()
            WHERE id = :lot AND quantity_on_hand >= :quantity""";

    private static final String RECORD_SCRAP =
            """
            INSERT INTO lot_scraps (lot_id, quantity, unit_of_measure, reason, note, scrapped_by)
            VALUES (:lot, :quantity, :unit, :reason, CAST(:note AS text), :who)""";

    private static final String AVAILABLE =
            """
            SELECT l.quantity_on_hand - (SELECT coalesce(sum(p.quantity), 0) FROM pallets p
                                         WHERE p.lot_id = l.id AND p.status <> 'SHIPPED')
            FROM ingredient_lots l WHERE l.id = :lot""";

    private final EntityManager entityManager;

    StockLedger(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Consumption by a run: refused when the lot has less available than asked. */
    public void consume(IngredientLot lot, BigDecimal quantity) {
        take(lot, quantity, BigDecimal.ZERO);
    }

    /** A write-off with its reason, recorded beside the lot's running total in the same transaction. */
    public void scrap(IngredientLot lot, BigDecimal quantity, ScrapReason reason, String note, String who) {
        take(lot, quantity, quantity);
        entityManager
                .createNativeQuery(RECORD_SCRAP)
                .setParameter("lot", lot.id)
                .setParameter("quantity", quantity)
                .setParameter("unit", lot.unitOfMeasure)
                .setParameter("reason", reason.name())
                .setParameter("note", note)
                .setParameter("who", who)
                .executeUpdate();
    }

    /** A shipped pallet's quantity leaves the lot (it was counted as packed until now). */
    public void ship(IngredientLot lot, BigDecimal quantity) {
        int changed = entityManager
                .createNativeQuery(SHIP)
                .setParameter("quantity", quantity)
                .setParameter("lot", lot.id)
                .executeUpdate();
        if (changed != 1) {
            throw new RefusedException(lot.lotCode, "Lot " + lot.lotCode + " no longer holds " + quantity);
        }
    }

    /** Locks the lot row until the transaction ends and answers what is available for packing. */
    public BigDecimal lockAvailable(IngredientLot lot) {
        entityManager
                .createNativeQuery("SELECT id FROM ingredient_lots WHERE id = :lot FOR NO KEY UPDATE")
                .setParameter("lot", lot.id)
                .getSingleResult();
        return available(lot.id);
    }

    public BigDecimal available(long lotId) {
        return (BigDecimal) entityManager
                .createNativeQuery(AVAILABLE)
                .setParameter("lot", lotId)
                .getSingleResult();
    }

    private void take(IngredientLot lot, BigDecimal quantity, BigDecimal scrapped) {
        int changed = entityManager
                .createNativeQuery(TAKE)
                .setParameter("quantity", quantity)
                .setParameter("scrapped", scrapped)
                .setParameter("lot", lot.id)
                .executeUpdate();
        if (changed != 1) {
            throw new RefusedException(
                    lot.lotCode,
                    "Lot " + lot.lotCode + " has " + available(lot.id) + " " + lot.unitOfMeasure + " available, "
                            + quantity + " " + lot.unitOfMeasure + " requested");
        }
    }
}
