package io.fieldguide.lots.production;

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
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A production run (a batch), known by its unique batch number. */
@Entity
@Table(name = "production_runs")
public class ProductionRun extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "recipe_id")
    public Long recipeId;

    @Column(name = "batch_number")
    public String batchNumber;

    @Column(name = "planned_quantity")
    public BigDecimal plannedQuantity;

    @Column(name = "actual_quantity")
    public BigDecimal actualQuantity;

    @Column(name = "unit_of_measure")
    public String unitOfMeasure;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    public BatchStatus status;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "quality_status")
    public QualityStatus qualityStatus;

    public String location;

    @Column(name = "actual_start_time")
    public Instant actualStartTime;

    @Column(name = "actual_end_time")
    public Instant actualEndTime;

    @Column(name = "started_by")
    public String startedBy;

    @Column(name = "completed_by")
    public String completedBy;

    @Column(name = "output_ingredient_id")
    public Long outputIngredientId;

    public String notes;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static ProductionRun byBatchNumber(String batchNumber) {
        return ProductionRun.<ProductionRun>find("batchNumber", batchNumber)
                .firstResultOptional()
                .orElseThrow(() -> new ResourceNotFoundException("No production run " + batchNumber));
    }

    /** The run, its row locked until the transaction ends: one state change at a time. */
    public static ProductionRun lockedByBatchNumber(String batchNumber) {
        ProductionRun run = byBatchNumber(batchNumber);
        getEntityManager().refresh(run, LockModeType.PESSIMISTIC_WRITE);
        return run;
    }
}
