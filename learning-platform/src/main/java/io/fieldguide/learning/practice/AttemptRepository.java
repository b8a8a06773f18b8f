package io.fieldguide.learning.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Attempts and the next-item search, in SQL: attempts live in a partitioned table with a composite
 * key and are only ever inserted, so an entity would add nothing but a mapping to keep in step.
 */
@ApplicationScoped
public class AttemptRepository {

    /** The new attempt's id and time. */
    public record Inserted(long id, Instant attemptedAt) {}

    private final EntityManager entityManager;

    AttemptRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Inserted insert(UUID learnerId, long itemId, boolean correct, Long responseTimeMs, double predicted) {
        Object[] row = (Object[]) entityManager
                .createNativeQuery(
                        """
                        INSERT INTO attempts (user_id, item_id, correct, response_time_ms, predicted_success)
                        VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id, attempted_at""")
                .setParameter(1, learnerId)
                .setParameter(2, itemId)
                .setParameter(3, correct)
                .setParameter(4, responseTimeMs)
                .setParameter(5, predicted)
                .getSingleResult();
        return new Inserted(((Number) row[0]).longValue(), toInstant(row[1]));
    }

    /**
     * The learner's latest attempts, newest first: one scan of {@code attempts_user_recent} per
     * partition, newest partitions first, stopping at {@code limit}.
     */
    public List<AttemptView> recent(UUID learnerId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(
                        """
                        SELECT id, item_id, correct, response_time_ms, predicted_success, attempted_at FROM attempts
                        WHERE user_id = ?1 ORDER BY attempted_at DESC, id DESC LIMIT ?2""")
                .setParameter(1, learnerId)
                .setParameter(2, limit)
                .getResultList();
        return rows.stream()
                .map(row -> new AttemptView(
                        ((Number) row[0]).longValue(),
                        ((Number) row[1]).longValue(),
                        (Boolean) row[2],
                        row[3] == null ? null : ((Number) row[3]).longValue(),
                        row[4] == null ? null : ((Number) row[4]).doubleValue(),
                        toInstant(row[5])))
                .toList();
    }

    /**
     * The item whose difficulty is nearest {@code wantedDifficulty}, leaving out what the learner
     * answered within {@code recently} unless {@code includeRecent}. Two index range scans on
     * {@code items (difficulty)} (or {@code (topic, difficulty)}), one each side of the target.
     */
    public Optional<Long> nearestItem(
            UUID learnerId, double wantedDifficulty, Optional<String> topic, Duration recently, boolean includeRecent) {
        String topicFilter = topic.isPresent() ? " AND topic = :topic" : "";
        String recentFilter = includeRecent
                ? ""
                : " AND id NOT IN (SELECT item_id FROM attempts WHERE user_id = :learner"
                        + " AND attempted_at > now() - make_interval(secs => :seconds))";
        String side = "SELECT id, difficulty FROM items WHERE difficulty %s :wanted" + topicFilter + recentFilter
                + " ORDER BY difficulty %s LIMIT 1";
        var query = entityManager
                .createNativeQuery("SELECT id FROM ((" + side.formatted(">=", "ASC") + ") UNION ALL ("
                        + side.formatted("<", "DESC") + ")) nearest ORDER BY abs(difficulty - :wanted), id LIMIT 1")
                .setParameter("wanted", wantedDifficulty);
        topic.ifPresent(t -> query.setParameter("topic", t));
        if (!includeRecent) {
            query.setParameter("learner", learnerId).setParameter("seconds", (double) recently.toSeconds());
        }
        @SuppressWarnings("unchecked")
        List<Object> ids = query.getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).findFirst();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
