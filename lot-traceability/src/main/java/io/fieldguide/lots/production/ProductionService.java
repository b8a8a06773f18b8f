package io.fieldguide.lots.production;

import io.fieldguide.lots.audit.Actor;
import io.fieldguide.lots.catalog.Ingredient;
import io.fieldguide.lots.events.TrackingEvents;
import io.fieldguide.lots.production.RunViews.CompleteRun;
import io.fieldguide.lots.production.RunViews.Consume;
import io.fieldguide.lots.production.RunViews.Consumption;
import io.fieldguide.lots.production.RunViews.RunView;
import io.fieldguide.lots.production.RunViews.StartRun;
import io.fieldguide.lots.quality.HoldCheck;
import io.fieldguide.lots.quality.QualityStatus;
import io.fieldguide.lots.receiving.IngredientLot;
import io.fieldguide.lots.receiving.LotStatus;
import io.fieldguide.lots.receiving.StockLedger;
import io.fieldguide.migration.problem.InvalidRequestException;
import io.fieldguide.migration.problem.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Production runs: start, consume lots, complete with an output lot (FSMA 204 transformation). */
@ApplicationScoped
@Transactional
public class ProductionService {

    private final Actor actor;
    private final StockLedger ledger;
    private final HoldCheck holds;
    private final TrackingEvents events;
    private final RunReader reader;
    private final EntityManager entityManager;

    ProductionService(
            Actor actor,
            StockLedger ledger,
            HoldCheck holds,
            TrackingEvents events,
            RunReader reader,
            EntityManager entityManager) {
        this.actor = actor;
        this.ledger = ledger;
        this.holds = holds;
        this.events = events;
        this.reader = reader;
        this.entityManager = entityManager;
    }

    public RunView start(StartRun request) {
        String who = actor.recordChangesAsCaller();
        Ingredient output = Ingredient.findById(request.outputIngredientId());
        if (output == null) {
            throw new InvalidRequestException("outputIngredientId", "No ingredient " + request.outputIngredientId());
        }
        if (!output.unitOfMeasure.equals(request.unitOfMeasure())) {
            throw new InvalidRequestException(
                    "unitOfMeasure",
                    output.name + " is counted in " + output.unitOfMeasure + ", not " + request.unitOfMeasure());
        }
        if (request.recipeId() != null
                && ((Number) entityManager
                                        .createNativeQuery("SELECT count(*) FROM recipes WHERE id = :id")
                                        .setParameter("id", request.recipeId())
                                        .getSingleResult())
                                .longValue()
                        == 0) {
            throw new InvalidRequestException("recipeId", "No recipe " + request.recipeId());
        }
        if (ProductionRun.count("batchNumber", request.batchNumber()) > 0) {
            throw new RefusedException(request.batchNumber(), "Batch " + request.batchNumber() + " exists already");
        }
        ProductionRun run = new ProductionRun();
        run.batchNumber = request.batchNumber();
        run.recipeId = request.recipeId();
        run.outputIngredientId = output.id;
        run.plannedQuantity = request.plannedQuantity();
        run.unitOfMeasure = request.unitOfMeasure();
        run.location = request.location();
        run.status = BatchStatus.IN_PROGRESS;
        run.qualityStatus = QualityStatus.PENDING;
        run.actualStartTime = Instant.now();
        run.startedBy = who;
        run.updatedAt = run.actualStartTime;
        run.persistAndFlush();
        return reader.view(run);
    }

    /**
     * All items or none: each lot is taken by a conditional UPDATE in lot id order (two requests
     * taking the same lots never wait on each other in a cycle), then checked against active holds.
     */
    public RunView consume(String batchNumber, Consume request) {
        String who = actor.recordChangesAsCaller();
        ProductionRun run = ProductionRun.lockedByBatchNumber(batchNumber);
        requireInProgress(run);
        Map<Long, IngredientLot> lots = new LinkedHashMap<>();
        Map<Long, BigDecimal> quantities = new LinkedHashMap<>();
        for (Consumption item : request.items()) {
            IngredientLot lot = IngredientLot.byCode(item.lotCode());
            lots.put(lot.id, lot);
            quantities.merge(lot.id, item.quantity(), BigDecimal::add);
        }
        lots.values().stream().sorted(Comparator.comparing(lot -> lot.id)).forEach(lot -> {
            refuseUnusable(lot);
            ledger.consume(lot, quantities.get(lot.id));
            BatchIngredient used = new BatchIngredient();
            used.productionRunId = run.id;
            used.ingredientLotId = lot.id;
            used.quantityUsed = quantities.get(lot.id);
            used.unitOfMeasure = lot.unitOfMeasure;
            used.addedBy = who;
            used.persist();
        });
        run.updatedAt = Instant.now();
        return reader.view(run);
    }

    public RunView complete(String batchNumber, CompleteRun request) {
        String who = actor.recordChangesAsCaller();
        ProductionRun run = ProductionRun.lockedByBatchNumber(batchNumber);
        requireInProgress(run);
        Map<Long, BigDecimal> inputs = reader.inputQuantities(run.id);
        if (inputs.isEmpty()) {
            throw new RefusedException(batchNumber, "Run " + batchNumber + " has consumed no lot yet");
        }
        String lotCode = request.outputLotCode() == null ? run.batchNumber : request.outputLotCode();
        if (IngredientLot.count("lotCode", lotCode) > 0) {
            throw new RefusedException(lotCode, "Lot " + lotCode + " exists already");
        }
        Instant now = Instant.now();
        Ingredient product = Ingredient.findById(run.outputIngredientId);
        IngredientLot output = new IngredientLot();
        output.ingredientId = product.id;
        output.lotCode = lotCode;
        output.tlcSource = run.location;
        output.receivedAt = now;
        output.quantityReceived = request.outputQuantity();
        output.quantityOnHand = request.outputQuantity();
        output.unitOfMeasure = run.unitOfMeasure;
        output.status = LotStatus.AVAILABLE;
        output.qualityStatus = request.qualityStatus() == null ? QualityStatus.PENDING : request.qualityStatus();
        output.productionRunId = run.id;
        output.persistAndFlush();
        run.status = BatchStatus.COMPLETED;
        run.qualityStatus = output.qualityStatus;
        run.actualQuantity = request.outputQuantity();
        run.actualEndTime = now;
        run.completedBy = who;
        run.updatedAt = now;
        events.transformation(
                new TrackingEvents.Common(
                        output.id,
                        request.outputQuantity(),
                        run.unitOfMeasure,
                        product.name,
                        run.location,
                        now,
                        "PRODUCTION_RUN",
                        run.batchNumber,
                        who),
                run.id,
                run.location,
                inputs);
        return reader.view(run);
    }

    public RunView get(String batchNumber) {
        return reader.view(ProductionRun.byBatchNumber(batchNumber));
    }

    private void refuseUnusable(IngredientLot lot) {
        holds.refuseIfHeld(lot);
        if (lot.qualityStatus == QualityStatus.FAILED) {
            throw new RefusedException(lot.lotCode, "Lot " + lot.lotCode + " failed its quality check");
        }
    }

    private static void requireInProgress(ProductionRun run) {
        if (run.status != BatchStatus.IN_PROGRESS) {
            throw new RefusedException(
                    run.batchNumber, "Run " + run.batchNumber + " is " + run.status + ", not IN_PROGRESS");
        }
    }
}
