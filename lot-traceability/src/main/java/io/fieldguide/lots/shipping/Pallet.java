package io.fieldguide.lots.shipping;

import io.fieldguide.migration.problem.ResourceNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A pallet holding a quantity of one lot (a run's output), known by its unique pallet number. */
@Entity
@Table(name = "pallets")
public class Pallet extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "pallet_number")
    public String palletNumber;

    @Column(name = "production_run_id")
    public Long productionRunId;

    @Column(name = "lot_id")
    public Long lotId;

    public BigDecimal quantity;

    @Column(name = "unit_of_measure")
    public String unitOfMeasure;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    public PalletStatus status;

    public String location;

    @Column(name = "shipment_id")
    public Long shipmentId;

    @Column(name = "shipped_at")
    public Instant shippedAt;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Pallet byNumber(String palletNumber) {
        return Pallet.<Pallet>find("palletNumber", palletNumber)
                .firstResultOptional()
                .orElseThrow(() -> new ResourceNotFoundException("No pallet " + palletNumber));
    }

    public static Pallet lockedByNumber(String palletNumber) {
        Pallet pallet = byNumber(palletNumber);
        getEntityManager().refresh(pallet, LockModeType.PESSIMISTIC_WRITE);
        return pallet;
    }
}
