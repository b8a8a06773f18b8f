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
            WHERE job_name = ? AND done_at IS NULL ORDER BY from_key LIMIT 1 FOR UPDATE SKIP LOCKED
            """;
    private static final String NEXT_RANGE_END = "SELECT max(k), count(*) FROM (SELECT %2$s AS k FROM %1$s"
            + " WHERE %2$s > ? AND %2$s <= ? ORDER BY %2$s LIMIT ?) next_range";

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

    /** Locks the first open range nobody else holds; the lock lasts until the batch commits. */
    Optional<KeyRange> lockOpenRange(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(LOCK_OPEN_RANGE)) {
            select.setString(1, name);
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
     * Claims the next {@code batchSize} keys after the job's cursor as a new open range, in its own
     * short transaction. Returns false when the whole key range is claimed.
     */
    boolean claimNextRange(Connection connection, Backfill backfill, int batchSize) throws SQLException {
        connection.setAutoCommit(false);
        try {
            long nextKey;
            long keyHigh;
            try (PreparedStatement job = connection.prepareStatement(
                    "SELECT next_key, key_high FROM migration_core.backfill_job WHERE name = ? FOR UPDATE")) {
                job.setString(1, backfill.name());
                try (ResultSet row = job.executeQuery()) {
                    if (!row.next() || row.getObject(2) == null || row.getLong(1) >= row.getLong(2)) {
                        connection.rollback();
                        return false;
                    }
                    nextKey = row.getLong(1);
                    keyHigh = row.getLong(2);
                }
            }
            long rangeEnd;
            long keyCount;
            try (PreparedStatement next =
                    connection.prepareStatement(NEXT_RANGE_END.formatted(backfill.table(), backfill.keyColumn()))) {
                next.setLong(1, nextKey);
                next.setLong(2, keyHigh);
                next.setInt(3, batchSize);
                try (ResultSet row = next.executeQuery()) {
                    row.next();
                    keyCount = row.getLong(2);
                    rangeEnd = keyCount == 0 ? keyHigh : row.getLong(1);
                }
            }
            if (keyCount > 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO migration_core.backfill_range"
                                + " (job_name, from_key, to_key, key_count, claimed_at) VALUES (?, ?, ?, ?, clock_timestamp())")) {
                    insert.setString(1, backfill.name());
                    insert.setLong(2, nextKey);
                    insert.setLong(3, rangeEnd);
                    insert.setLong(4, keyCount);
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement advance = connection.prepareStatement(
                    "UPDATE migration_core.backfill_job SET next_key = ?, updated_at = now() WHERE name = ?")) {
                advance.setLong(1, rangeEnd);
                advance.setString(2, backfill.name());
                advance.executeUpdate();
            }
            connection.commit();
            return keyCount > 0;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
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
