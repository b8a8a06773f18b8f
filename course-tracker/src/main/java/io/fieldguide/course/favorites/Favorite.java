package io.fieldguide.course.favorites;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;

/** A course a user marked as favorite; at most once per user and course (the primary key). */
@Entity
@Table(name = "favorites")
public class Favorite extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "user_id")
        public UUID userId;

        @Column(name = "course_id")
        public Long courseId;

        protected Key() {}

        public Key(UUID userId, Long courseId) {
            this.userId = userId;
            this.courseId = courseId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(userId, key.userId)
                    && Objects.equals(courseId, key.courseId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, courseId);
        }
    }
}
