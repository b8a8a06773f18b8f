package io.fieldguide.lots.receiving;

import io.fieldguide.lots.catalog.Ingredient;
import io.fieldguide.lots.quality.HoldCheck;
import io.fieldguide.lots.receiving.LotViews.Balance;
import io.fieldguide.lots.receiving.LotViews.LotView;
import io.fieldguide.lots.receiving.LotViews.ScrapView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** A lot as the API shows it: its record, its mass balance and whether a hold blocks it. */
@ApplicationScoped
public class LotReader {

    private static final String BALANCE =
            """
            SELECT l.quantity_received,
                (SELECT coalesce(sum(b.quantity_used), 0) FROM batch_ingredients b WHERE b.ingredient_lot_id = l.id),
                (SELECT coalesce(sum(p.quantity), 0) FROM pallets p WHERE p.lot_id = l.id AND p.status = 'SHIPPED'),
                l.quantity_scrapped,
                l.quantity_on_hand,
                (SELECT coalesce(sum(p.quantity), 0) FROM pallets p WHERE p.lot_id = l.id AND p.status <> 'SHIPPED'),
                (SELECT r.batch_number FROM production_runs r WHERE r.id = l.production_run_id)
            FROM ingredient_lots l WHERE l.id = :lot""";

    private static final String SCRAPS =
            """
            SELECT quantity, unit_of_measure, reason, note, scrapped_by, scrapped_at
            FROM lot_scraps WHERE lot_id = :lot ORDER BY scrapped_at, id""";

    private final EntityManager entityManager;
    private final HoldCheck holds;

    LotReader(EntityManager entityManager, HoldCheck holds) {
        this.entityManager = entityManager;
        this.holds = holds;
    }

    private List<ScrapView> scraps(long lotId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(SCRAPS)
                .setParameter("lot", lotId)
                .getResultList();
        return rows.stream()
                .map(row -> new ScrapView(
                        (BigDecimal) row[0],
                        (String) row[1],
                        ScrapReason.valueOf((String) row[2]),
                        (String) row[3],
                        (String) row[4],
                        instant(row[5])))
                .toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }

    public LotView view(String lotCode) {
        IngredientLot lot = IngredientLot.byCode(lotCode);
        entityManager.refresh(lot);
        Object[] row = (Object[]) entityManager
                .createNativeQuery(BALANCE)
                .setParameter("lot", lot.id)
                .getSingleResult();
        BigDecimal onHand = (BigDecimal) row[4];
        BigDecimal packed = (BigDecimal) row[5];
        Balance balance = new Balance(
                (BigDecimal) row[0],
                (BigDecimal) row[1],
                (BigDecimal) row[2],
                (BigDecimal) row[3],
                onHand,
                packed,
                onHand.subtract(packed));
        List<Long> blocking = holds.blockingHolds(lot.id);
        Ingredient ingredient = Ingredient.findById(lot.ingredientId);
        return new LotView(
                lot.id,
                lot.lotCode,
                lot.ingredientId,
                ingredient.name,
                lot.supplierName,
                lot.supplierLotCode,
                lot.tlcSource,
                lot.receivedAt,
                lot.expiryDate,
                lot.unitOfMeasure,
                lot.status,
                lot.qualityStatus,
                (String) row[6],
                balance,
                scraps(lot.id),
                !blocking.isEmpty(),
                blocking);
    }
}
