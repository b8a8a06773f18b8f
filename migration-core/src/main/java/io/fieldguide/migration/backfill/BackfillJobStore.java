package io.fieldguide.migration.backfill;

import io.fieldguide.migration.flyway.CoreSchema;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The checkpoints of every backfill in {@code migration_core}: the job (its fixed key range and the
 * next unclaimed key) and the claimed ranges, each marked done in the transaction that changed its
 * rows.
 */
@ApplicationScoped
public class BackfillJobStore {

    private static final String CREATE_OR_RESUME =
            """
            INSERT INTO migration_core.backfill_job AS job
                (name, target_table, key_column, status, key_low, key_high, next_key, batch_size, total_keys, started_at, updated_at)
            SELECT ?, ?, ?, 'running', min(%2$s), max(%2$s), min(%2$s) - 1, ?, count(*), now(), now() FROM %1$s
            ON CONFLICT (name) DO UPDATE SET status = 'running', cancel_requested = false, last_error = NULL,
                batch_size = EXCLUDED.batch_size, updated_at = now()
            WHERE job.status <> 'completed'
            """;
    private static final String LOCK_OPEN_RANGE =
            """
            SELECT from_key, to_key FROM migration_core.backfill_range
            WHERE job_name = ? AND done_at IS NULL AND (?::bigint IS NULL OR from_key = ?)
            ORDER BY from_key LIMIT 1 FOR UPDATE SKIP LOCKED
            """;

    /**
     * The job row is locked, so claims are serialised; the bounds come in as scalar subqueries so the
     * key scan is an index range scan from the cursor, never from the start of the table.
     */
    private static final String CLAIM_NEXT_RANGE =
            """
            WITH job AS (
                SELECT next_key, key_high FROM migration_core.backfill_job
                WHERE name = ? AND NOT cancel_requested AND next_key < key_high
                FOR UPDATE),
            next_range AS (
                SELECT max(k) AS to_key, count(*) AS key_count FROM (
                    SELECT %2$s AS k FROM %1$s
                    WHERE %2$s > (SELECT next_key FROM job) AND %2$s <= (SELECT key_high FROM job)
                    ORDER BY %2$s LIMIT ?) keys),
            claimed AS (
                INSERT INTO migration_core.backfill_range (job_name, from_key, to_key, key_count, claimed_at)
                SELECT ?, job.next_key, next_range.to_key, next_range.key_count, clock_timestamp()
                FROM job, next_range WHERE next_range.key_count > 0
                RETURNING from_key, to_key),
            advanced AS (
                UPDATE migration_core.backfill_job SET next_key = coalesce(next_range.to_key, job.key_high), updated_at = now()
                FROM job, next_range WHERE name = ?)
            SELECT from_key, to_key FROM claimed
            """;

    private final DataSource dataSource;
    private final CoreSchema coreSchema;

    public BackfillJobStore(DataSource dataSource, CoreSchema coreSchema) {
        this.dataSource = dataSource;
        this.coreSchema = coreSchema;
    }

    Connection connect() throws SQLException {
        coreSchema.ensureMigrated();
        return dataSource.getConnection();
    }

    /** Creates the job with the key range as it is now, or resumes a cancelled or failed one. */
    void createOrResume(Connection connection, Backfill backfill, int batchSize) throws SQLException {
        String sql = CREATE_OR_RESUME.formatted(backfill.table(), backfill.keyColumn());
        try (PreparedStatement upsert = connection.prepareStatement(sql)) {
            upsert.setString(1, backfill.name());
            upsert.setString(2, backfill.table());
            upsert.setString(3, backfill.keyColumn());
            upsert.setLong(4, batchSize);
            upsert.executeUpdate();
        }
    }

    /** Forgets a job and its checkpoints, so the next run walks the table again. */
    void delete(Connection connection, String name) throws SQLException {
        update(connection, "DELETE FROM migration_core.backfill_job WHERE name = ?", name);
    }

    /**
     * Locks the given open range, or with {@code fromKey} null the first open range nobody else
     * holds; the lock lasts until the batch commits.
     */
    Optional<KeyRange> lockOpenRange(Connection connection, String name, Long fromKey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(LOCK_OPEN_RANGE)) {
            select.setString(1, name);
            select.setObject(2, fromKey, java.sql.Types.BIGINT);
            select.setObject(3, fromKey, java.sql.Types.BIGINT);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new KeyRange(row.getLong(1), row.getLong(2))) : Optional.empty();
            }
        }
    }

    void markDone(Connection connection, String name, KeyRange range, long rowsChanged, Duration held)
            throws SQLException {
        try (PreparedStatement done = connection.prepareStatement(
                "UPDATE migration_core.backfill_range"
                        + " SET done_at = clock_timestamp(), rows_changed = ?, hold_ms = ? WHERE job_name = ? AND from_key = ?")) {
            done.setLong(1, rowsChanged);
            done.setLong(2, held.toMillis());
            done.setString(3, name);
            done.setLong(4, range.fromExclusive());
            done.executeUpdate();
        }
    }

    /**
     * Claims the next {@code batchSize} keys after the job's cursor as a new open range and advances
     * the cursor, in one statement (its own short transaction). Empty when the whole key range is
     * claimed or the job is cancelled.
     */
    Optional<KeyRange> claimNextRange(Connection connection, Backfill backfill, int batchSize) throws SQLException {
        try (PreparedStatement claim =
                connection.prepareStatement(CLAIM_NEXT_RANGE.formatted(backfill.table(), backfill.keyColumn()))) {
            claim.setString(1, backfill.name());
            claim.setInt(2, batchSize);
            claim.setString(3, backfill.name());
            claim.setString(4, backfill.name());
            try (ResultSet row = claim.executeQuery()) {
                return row.next() ? Optional.of(new KeyRange(row.getLong(1), row.getLong(2))) : Optional.empty();
            }
        }
    }

    boolean cancelRequested(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT cancel_requested FROM migration_core.backfill_job WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    boolean hasOpenRanges(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM migration_core.backfill_range WHERE job_name = ? AND done_at IS NULL)")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    /** Returns false when the job does not exist. */
    boolean requestCancel(Connection connection, String name) throws SQLException {
        return update(
                                connection,
                                "UPDATE migration_core.backfill_job SET cancel_requested = true, updated_at = now()"
                                        + " WHERE name = ? AND status = 'running'",
                                name)
                        > 0
                || exists(connection, name);
    }

    void finish(Connection connection, String name, String status, String error) throws SQLException {
        try (PreparedStatement finish = connection.prepareStatement("UPDATE migration_core.backfill_job"
                + " SET status = ?, last_error = ?, updated_at = now(),"
                + " finished_at = CASE WHEN ? = 'completed' THEN now() ELSE finished_at END WHERE name = ?")) {
            finish.setString(1, status);
            finish.setString(2, error);
            finish.setString(3, status);
            finish.setString(4, name);
            finish.executeUpdate();
        }
    }

    private boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT 1 FROM migration_core.backfill_job WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static int update(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, name);
            return update.executeUpdate();
        }
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Keys {@code fromExclusive < key <= toInclusive}. */
    record KeyRange(long fromExclusive, long toInclusive) {}
}
