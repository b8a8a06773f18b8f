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
        } else {
            hold.productionRunId = ProductionRun.byBatchNumber(request.batchNumber()).id;
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
                pallets.stream().filter(p -> !p.status().equals("SHIPPED")).toList(),
                pallets.stream().filter(p -> p.status().equals("SHIPPED")).toList());
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
