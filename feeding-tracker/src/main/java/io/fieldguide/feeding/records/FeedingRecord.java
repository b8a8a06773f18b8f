package io.fieldguide.feeding.records;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

/**
 * A feeding record with the full (sync) schema. Only used once the catalog shows that schema (see
 * {@code FeedingCatalog}); older schemas are served by {@link LegacyFeedings}. The database owns
 * {@code version}, {@code updated_at} and the change cursor (trigger of V3); Hibernate reads them
 * back after each write.
 */
@Entity
@Table(name = "feeding_records")
public class FeedingRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "feeding_time", nullable = false)
    public Instant feedingTime;

    @Column(name = "food_type")
    public String foodType;

    public String notes;

    @Generated(event = EventType.INSERT)
    @Column(name = "created_at")
    public Instant createdAt;

    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "updated_at")
    public Instant updatedAt;

    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    public Long version;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
