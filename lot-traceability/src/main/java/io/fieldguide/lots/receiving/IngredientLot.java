package io.fieldguide.lots.receiving;

import io.fieldguide.lots.quality.QualityStatus;
import io.fieldguide.migration.problem.ResourceNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A lot with its FSMA 204 traceability lot code: received from a supplier, or made by a run. Its
 * quantities change only through {@code StockLedger}'s conditional updates, never through this
 * entity, so they are read-only here.
 */
@Entity
@Table(name = "ingredient_lots")
public class IngredientLot extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ingredient_id")
    public Long ingredientId;

    @Column(name = "lot_code")
    public String lotCode;

    @Column(name = "supplier_name")
    public String supplierName;

    @Column(name = "supplier_lot_code")
    public String supplierLotCode;

    @Column(name = "tlc_source")
    public String tlcSource;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "expiry_date")
    public LocalDate expiryDate;

    @Column(name = "quantity_received", updatable = false)
    public BigDecimal quantityReceived;

    @Column(name = "quantity_on_hand", updatable = false)
    public BigDecimal quantityOnHand;

    @Column(name = "unit_of_measure")
    public String unitOfMeasure;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(updatable = false)
    public LotStatus status;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "quality_status")
    public QualityStatus qualityStatus;

    @Column(name = "production_run_id")
    public Long productionRunId;

    public static IngredientLot byCode(String lotCode) {
        return IngredientLot.<IngredientLot>find("lotCode", lotCode)
                .firstResultOptional()
                .orElseThrow(() -> new ResourceNotFoundException("No lot " + lotCode));
    }
}
