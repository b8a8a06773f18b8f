package io.fieldguide.lots.shipping;

import io.fieldguide.lots.audit.Actor;
import io.fieldguide.lots.catalog.Ingredient;
import io.fieldguide.lots.events.TrackingEvents;
import io.fieldguide.lots.production.ProductionRun;
import io.fieldguide.lots.quality.HoldCheck;
import io.fieldguide.lots.receiving.IngredientLot;
import io.fieldguide.lots.receiving.StockLedger;
import io.fieldguide.lots.shipping.ShippingViews.MovePallet;
import io.fieldguide.lots.shipping.ShippingViews.PackPallet;
import io.fieldguide.lots.shipping.ShippingViews.PalletView;
import io.fieldguide.lots.shipping.ShippingViews.Ship;
import io.fieldguide.lots.shipping.ShippingViews.ShipmentView;
import io.fieldguide.migration.problem.RefusedException;
import io.fieldguide.migration.problem.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Packing a lot onto pallets, moving them, shipping them to a customer (FSMA 204 shipping events). */
@ApplicationScoped
@Transactional
public class ShippingService {

    private final Actor actor;
    private final StockLedger ledger;
    private final HoldCheck holds;
    private final TrackingEvents events;

    ShippingService(Actor actor, StockLedger ledger, HoldCheck holds, TrackingEvents events) {
        this.actor = actor;
        this.ledger = ledger;
        this.holds = holds;
        this.events = events;
    }

    public PalletView pack(PackPallet request) {
        actor.recordChangesAsCaller();
        IngredientLot lot = IngredientLot.byCode(request.lotCode());
        if (Pallet.count("palletNumber", request.palletNumber()) > 0) {
            throw new RefusedException(request.palletNumber(), "Pallet " + request.palletNumber() + " exists already");
        }
        BigDecimal available = ledger.lockAvailable(lot);
        if (available.compareTo(request.quantity()) < 0) {
            throw new RefusedException(
                    lot.lotCode,
                    "Lot " + lot.lotCode + " has " + available + " " + lot.unitOfMeasure + " left to pack, "
                            + request.quantity() + " requested");
        }
        holds.refuseIfHeld(lot);
        Pallet pallet = new Pallet();
        pallet.palletNumber = request.palletNumber();
        pallet.lotId = lot.id;
        pallet.productionRunId = lot.productionRunId;
        pallet.quantity = request.quantity();
        pallet.unitOfMeasure = lot.unitOfMeasure;
        pallet.status = PalletStatus.PACKED;
        pallet.location = request.location();
        pallet.updatedAt = Instant.now();
        pallet.persistAndFlush();
        return view(pallet);
    }

    public PalletView move(String palletNumber, MovePallet request) {
        actor.recordChangesAsCaller();
        Pallet pallet = Pallet.lockedByNumber(palletNumber);
        if (pallet.status == PalletStatus.SHIPPED) {
            throw new RefusedException(palletNumber, "Pallet " + palletNumber + " has been shipped");
        }
        pallet.location = request.location();
        pallet.status = PalletStatus.IN_STORAGE;
        pallet.updatedAt = Instant.now();
        return view(pallet);
    }

    /** All pallets or none, each locked in id order, each checked against holds after its lock. */
    public ShipmentView ship(Ship request) {
        String who = actor.recordChangesAsCaller();
        if (Shipment.count("shipmentNumber", request.shipmentNumber()) > 0) {
            throw new RefusedException(
                    request.shipmentNumber(), "Shipment " + request.shipmentNumber() + " exists already");
        }
        List<Pallet> pallets = request.palletNumbers().stream()
                .distinct()
                .map(Pallet::byNumber)
                .sorted(Comparator.comparing(pallet -> pallet.id))
                .map(pallet -> Pallet.lockedByNumber(pallet.palletNumber))
                .toList();
        Instant shippedAt = request.shippedAt() == null
                ? Instant.now()
                : request.shippedAt().toInstant();
        Shipment shipment = new Shipment();
        shipment.shipmentNumber = request.shipmentNumber();
        shipment.customerName = request.customerName();
        shipment.shipToLocation = request.shipToLocation();
        shipment.shipFromLocation = pallets.get(0).location;
        shipment.shippedAt = shippedAt;
        shipment.referenceDocumentType = request.referenceDocumentType();
        shipment.referenceDocumentNumber = request.referenceDocumentNumber();
        shipment.shippedBy = who;
        shipment.persistAndFlush();
        for (Pallet pallet : pallets) {
            if (pallet.status == PalletStatus.SHIPPED) {
                throw new RefusedException(pallet.palletNumber, "Pallet " + pallet.palletNumber + " has been shipped");
            }
            if (pallet.lotId == null) {
                throw new RefusedException(
                        pallet.palletNumber, "Pallet " + pallet.palletNumber + " names no lot (a legacy pallet)");
            }
            IngredientLot lot = IngredientLot.findById(pallet.lotId);
            holds.refuseIfHeld(lot);
            ledger.ship(lot, pallet.quantity);
            pallet.status = PalletStatus.SHIPPED;
            pallet.shipmentId = shipment.id;
            pallet.shippedAt = shippedAt;
            pallet.updatedAt = Instant.now();
            pallet.persistAndFlush();
            events.shipping(
                    new TrackingEvents.Common(
                            lot.id,
                            pallet.quantity,
                            pallet.unitOfMeasure,
                            Ingredient.<Ingredient>findById(lot.ingredientId).name,
                            pallet.location,
                            shippedAt,
                            request.referenceDocumentType(),
                            request.referenceDocumentNumber(),
                            who),
                    request.customerName() + ", " + request.shipToLocation(),
                    pallet.id,
                    shipment.id);
        }
        return view(shipment);
    }

    public PalletView pallet(String palletNumber) {
        return view(Pallet.byNumber(palletNumber));
    }

    public ShipmentView shipment(String shipmentNumber) {
        Shipment shipment = Shipment.<Shipment>find("shipmentNumber", shipmentNumber)
                .firstResultOptional()
                .orElseThrow(() -> new ResourceNotFoundException("No shipment " + shipmentNumber));
        return view(shipment);
    }

    private ShipmentView view(Shipment shipment) {
        List<PalletView> pallets = Pallet.<Pallet>list("shipmentId = ?1 order by palletNumber", shipment.id).stream()
                .map(this::view)
                .toList();
        return new ShipmentView(
                shipment.id,
                shipment.shipmentNumber,
                shipment.customerName,
                shipment.shipToLocation,
                shipment.shipFromLocation,
                shipment.shippedAt,
                shipment.referenceDocumentType,
                shipment.referenceDocumentNumber,
                shipment.shippedBy,
                pallets);
    }

    private PalletView view(Pallet pallet) {
        IngredientLot lot = pallet.lotId == null ? null : IngredientLot.findById(pallet.lotId);
        String batchNumber = pallet.productionRunId == null
                ? null
                : ProductionRun.<ProductionRun>findById(pallet.productionRunId).batchNumber;
        String shipmentNumber =
                pallet.shipmentId == null ? null : Shipment.<Shipment>findById(pallet.shipmentId).shipmentNumber;
        return new PalletView(
                pallet.id,
                pallet.palletNumber,
                lot == null ? null : lot.lotCode,
                batchNumber,
                pallet.quantity,
                pallet.unitOfMeasure,
                pallet.status,
                pallet.location,
                shipmentNumber,
                pallet.shippedAt,
                pallet.status != PalletStatus.SHIPPED
                        && lot != null
                        && !holds.blockingHolds(lot.id).isEmpty());
    }
}
