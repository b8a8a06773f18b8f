package io.fieldguide.lots.production;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One consumption: a quantity of one lot put into a run. */
@Entity
@Table(name = "batch_ingredients")
public class BatchIngredient extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "production_run_id")
    public Long productionRunId;

    @Column(name = "ingredient_lot_id")
    public Long ingredientLotId;

    @Column(name = "quantity_used")
    public BigDecimal quantityUsed;

    @Column(name = "unit_of_measure")
    public String unitOfMeasure;

    @Column(name = "added_by")
    public String addedBy;

    @Column(name = "added_at", insertable = false, updatable = false)
    public Instant addedAt;
}
