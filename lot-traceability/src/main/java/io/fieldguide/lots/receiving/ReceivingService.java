package io.fieldguide.lots.receiving;

import io.fieldguide.lots.audit.Actor;
import io.fieldguide.lots.catalog.Ingredient;
import io.fieldguide.lots.events.TrackingEvents;
import io.fieldguide.lots.quality.QualityStatus;
import io.fieldguide.lots.receiving.LotViews.LotView;
import io.fieldguide.lots.receiving.LotViews.ReceiveLot;
import io.fieldguide.lots.receiving.LotViews.Scrap;
import io.fieldguide.migration.problem.InvalidRequestException;
import io.fieldguide.migration.problem.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/** Receiving a lot (FSMA 204's receiving event with it) and scrapping part of one. */
@ApplicationScoped
@Transactional
public class ReceivingService {

    /** The latest date PostgreSQL's date and every four-digit-year client agree on. */
    private static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

    private final Actor actor;
    private final TrackingEvents events;
    private final StockLedger ledger;
    private final LotReader reader;

    ReceivingService(Actor actor, TrackingEvents events, StockLedger ledger, LotReader reader) {
        this.actor = actor;
        this.events = events;
        this.ledger = ledger;
        this.reader = reader;
    }

    public LotView receive(ReceiveLot request) {
        String who = actor.recordChangesAsCaller();
        Ingredient ingredient = Ingredient.findById(request.ingredientId());
        if (ingredient == null) {
            throw new InvalidRequestException("ingredientId", "No ingredient " + request.ingredientId());
        }
        if (!ingredient.unitOfMeasure.equals(request.unitOfMeasure())) {
            throw new InvalidRequestException(
                    "unitOfMeasure",
                    ingredient.name + " is counted in " + ingredient.unitOfMeasure + ", not "
                            + request.unitOfMeasure());
        }
        if (request.expiryDate() != null && request.expiryDate().isAfter(LATEST_DATE)) {
            throw new InvalidRequestException("expiryDate", "expiryDate must be 9999-12-31 or earlier");
        }
        if (IngredientLot.count("lotCode", request.lotCode()) > 0) {
            throw new RefusedException(request.lotCode(), "Lot " + request.lotCode() + " exists already");
        }
        IngredientLot lot = new IngredientLot();
        lot.ingredientId = ingredient.id;
        lot.lotCode = request.lotCode();
        lot.supplierName = request.supplierName();
        lot.supplierLotCode = request.supplierLotCode();
        lot.tlcSource = request.tlcSource();
        lot.receivedAt = request.receivedAt().toInstant();
        lot.expiryDate = request.expiryDate();
        lot.quantityReceived = request.quantity();
        lot.quantityOnHand = request.quantity();
        lot.unitOfMeasure = request.unitOfMeasure();
        lot.status = LotStatus.AVAILABLE;
        lot.qualityStatus = request.qualityStatus() == null ? QualityStatus.PENDING : request.qualityStatus();
        lot.persistAndFlush();
        events.receiving(
                new TrackingEvents.Common(
                        lot.id,
                        request.quantity(),
                        request.unitOfMeasure(),
                        ingredient.name,
                        request.receivingLocation(),
                        lot.receivedAt,
                        request.referenceDocumentType(),
                        request.referenceDocumentNumber(),
                        who),
                request.immediatePreviousSource(),
                request.tlcSource());
        return reader.view(lot.lotCode);
    }

    public LotView scrap(String lotCode, Scrap request) {
        String who = actor.recordChangesAsCaller();
        if (request.reason() == ScrapReason.UNRECORDED) {
            throw new InvalidRequestException(
                    "reason", "UNRECORDED is kept for scraps from before V13; name the reason");
        }
        if (request.reason() == ScrapReason.OTHER
                && (request.note() == null || request.note().isBlank())) {
            throw new InvalidRequestException("note", "A scrap for reason OTHER needs a note saying why");
        }
        IngredientLot lot = IngredientLot.byCode(lotCode);
        ledger.scrap(lot, request.quantity(), request.reason(), request.note(), who);
        return reader.view(lotCode);
    }

    public LotView get(String lotCode) {
        return reader.view(lotCode);
    }
}
