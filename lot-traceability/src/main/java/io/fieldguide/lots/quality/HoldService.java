package io.fieldguide.lots.quality;

import io.fieldguide.lots.audit.Actor;
import io.fieldguide.lots.production.ProductionRun;
import io.fieldguide.lots.quality.HoldViews.HoldView;
import io.fieldguide.lots.quality.HoldViews.PalletRef;
import io.fieldguide.lots.quality.HoldViews.PlaceHold;
import io.fieldguide.lots.quality.HoldViews.ReleaseHold;
import io.fieldguide.lots.receiving.IngredientLot;
import io.fieldguide.lots.trace.LotGraph;
import io.fieldguide.migration.problem.InvalidRequestException;
import io.fieldguide.migration.problem.RefusedException;
import io.fieldguide.migration.problem.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Placing and releasing quality holds; what an active hold quarantines. */
@ApplicationScoped
@Transactional
public class HoldService {

    private static final String PALLETS =
            """
            SELECT p.pallet_number, l.lot_code, p.status::text, p.location
            FROM pallets p JOIN ingredient_lots l ON l.id = p.lot_id
            WHERE p.lot_id = ANY (CAST(:lots AS bigint[]))
            ORDER BY p.pallet_number""";

    private static final String CONSUMING_RUNS =
            """
            SELECT DISTINCT r.batch_number FROM batch_ingredients b
            JOIN production_runs r ON r.id = b.production_run_id
            WHERE b.ingredient_lot_id = ANY (CAST(:lots AS bigint[]))
            ORDER BY r.batch_number""";

    /**
     * What a hold holds, locked against every use in flight (see {@link HoldCheck}): the lot, or the
     * run's output lots. A run hold first locks the run, so a completion in flight finishes first.
     */
    private static final String LOCK_LOTS_OF_RUN =
            "SELECT id FROM ingredient_lots WHERE production_run_id = :run ORDER BY id FOR UPDATE";

    private static final String LOCK_LOT = "SELECT id FROM ingredient_lots WHERE id = :lot FOR UPDATE";

    private final Actor actor;
    private final LotGraph graph;
    private final EntityManager entityManager;

    HoldService(Actor actor, LotGraph graph, EntityManager entityManager) {
        this.actor = actor;
        this.graph = graph;
        this.entityManager = entityManager;
    }

    public HoldView place(PlaceHold request) {
        String who = actor.recordChangesAsCaller();
        if ((request.lotCode() == null) == (request.batchNumber() == null)) {
            throw new InvalidRequestException("lotCode", "Name exactly one of lotCode and batchNumber");
        }
        QualityHold hold = new QualityHold();
        if (request.lotCode() != null) {
            hold.lotId = IngredientLot.byCode(request.lotCode()).id;
            entityManager
                    .createNativeQuery(LOCK_LOT)
                    .setParameter("lot", hold.lotId)
                    .getResultList();
        } else {
            hold.productionRunId = ProductionRun.lockedByBatchNumber(request.batchNumber()).id;
            entityManager
                    .createNativeQuery(LOCK_LOTS_OF_RUN)
                    .setParameter("run", hold.productionRunId)
                    .getResultList();
        }
        hold.reason = request.reason();
        hold.placedBy = who;
        hold.placedAt = Instant.now();
        hold.persistAndFlush();
        return view(hold);
    }

    public HoldView release(long id, ReleaseHold request) {
        String who = actor.recordChangesAsCaller();
        QualityHold hold = QualityHold.locked(id);
        if (hold.releasedAt != null) {
            throw new RefusedException(
                    String.valueOf(id),
                    "Hold " + id + " was released by " + hold.releasedBy + " at " + hold.releasedAt);
        }
        hold.releasedBy = who;
        hold.releasedAt = Instant.now();
        hold.releaseReason = request.reason();
        hold.persistAndFlush();
        return view(hold);
    }

    public HoldView get(long id) {
        QualityHold hold = QualityHold.findById(id);
        if (hold == null) {
            throw new ResourceNotFoundException("No hold " + id);
        }
        return view(hold);
    }

    private HoldView view(QualityHold hold) {
        List<Long> seeds = hold.lotId != null
                ? List.of(hold.lotId)
                : IngredientLot.<IngredientLot>list("productionRunId", hold.productionRunId).stream()
                        .map(lot -> lot.id)
                        .toList();
        List<Long> lots = graph.downstream(seeds);
        List<String> lotCodes = lots.isEmpty()
                ? List.of()
                : IngredientLot.<IngredientLot>list("id in ?1 order by lotCode", lots).stream()
                        .map(lot -> lot.lotCode)
                        .toList();
        List<PalletRef> pallets = pallets(lots);
        List<String> consumingRuns = consumingRuns(lots);
        String lotCode = hold.lotId == null ? null : IngredientLot.<IngredientLot>findById(hold.lotId).lotCode;
        String batchNumber = hold.productionRunId == null
                ? null
                : ProductionRun.<ProductionRun>findById(hold.productionRunId).batchNumber;
        return new HoldView(
                hold.id,
                lotCode,
                batchNumber,
                hold.reason,
                hold.placedBy,
                hold.placedAt,
                hold.releasedAt == null,
                hold.releasedBy,
                hold.releasedAt,
                hold.releaseReason,
                lotCodes,
                consumingRuns,
                pallets.stream().filter(p -> !p.status().equals("SHIPPED")).toList(),
                pallets.stream().filter(p -> p.status().equals("SHIPPED")).toList());
    }

    private List<String> consumingRuns(List<Long> lots) {
        @SuppressWarnings("unchecked")
        List<String> batchNumbers = entityManager
                .createNativeQuery(CONSUMING_RUNS)
                .setParameter("lots", LotGraph.arrayLiteral(lots))
                .getResultList();
        return batchNumbers;
    }

    private List<PalletRef> pallets(List<Long> lots) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(PALLETS)
                .setParameter("lots", LotGraph.arrayLiteral(lots))
                .getResultList();
        return rows.stream()
                .map(row -> new PalletRef((String) row[0], (String) row[1], (String) row[2], (String) row[3]))
                .toList();
    }
}
