package io.fieldguide.lots.quality;

import io.fieldguide.migration.problem.ResourceNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;

/** A hold on a lot or a run, with who placed it and why, and who released it and why. */
@Entity
@Table(name = "quality_holds")
public class QualityHold extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "lot_id", updatable = false)
    public Long lotId;

    @Column(name = "production_run_id", updatable = false)
    public Long productionRunId;

    @Column(updatable = false)
    public String reason;

    @Column(name = "placed_by", updatable = false)
    public String placedBy;

    @Column(name = "placed_at", updatable = false)
    public Instant placedAt;

    @Column(name = "released_by")
    public String releasedBy;

    @Column(name = "released_at")
    public Instant releasedAt;

    @Column(name = "release_reason")
    public String releaseReason;

    public static QualityHold locked(long id) {
        QualityHold hold = findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (hold == null) {
            throw new ResourceNotFoundException("No hold " + id);
        }
        return hold;
    }
}
