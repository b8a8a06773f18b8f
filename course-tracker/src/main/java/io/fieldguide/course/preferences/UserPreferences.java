package io.fieldguide.course.preferences;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;

/** The guide's user_preferences row (V1734567890002), one per user. */
@Entity
@Table(name = "user_preferences")
public class UserPreferences extends PanacheEntityBase {

    public static final String DEFAULT_THEME = "light";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", updatable = false)
    public UUID userId;

    public String theme = DEFAULT_THEME;

    @Column(name = "notifications_enabled")
    public boolean notificationsEnabled = true;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;
}
