package io.fieldguide.learning.partition;

import io.fieldguide.migration.problem.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.List;

/** The yearly partitions of {@code attempts}: listed, and created ahead of time (0001's function). */
@ApplicationScoped
public class AttemptPartitions {

    /** PostgreSQL's answer when the default partition already holds rows of the missing year. */
    private static final String CHECK_VIOLATION = "23514";

    private final EntityManager entityManager;
    private final PartitionConfig config;

    AttemptPartitions(EntityManager entityManager, PartitionConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    @Transactional
    public EnsuredPartitions ensureAhead() {
        try {
            @SuppressWarnings("unchecked")
            List<String> created = entityManager
                    .createNativeQuery("SELECT p FROM ensure_attempt_partitions(now(), ?1) AS created(p)", String.class)
                    .setParameter(1, config.yearsAhead())
                    .getResultList();
            return new EnsuredPartitions(List.copyOf(created));
        } catch (PersistenceException e) {
            if (CHECK_VIOLATION.equals(sqlState(e))) {
                throw new RefusedException(
                        "attempts_default",
                        "The default partition holds attempts of a year that has no partition yet; move them"
                                + " out before creating it (see the README's Partitions)");
            }
            throw e;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PartitionView> list() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(
                        """
                        SELECT c.relname, pg_get_expr(c.relpartbound, c.oid), greatest(c.reltuples, 0)::bigint,
                               pg_total_relation_size(c.oid)
                        FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                        WHERE i.inhparent = 'attempts'::regclass ORDER BY c.relname""")
                .getResultList();
        return rows.stream()
                .map(row -> new PartitionView(
                        (String) row[0], (String) row[1], ((Number) row[2]).longValue(), ((Number) row[3]).longValue()))
                .toList();
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
