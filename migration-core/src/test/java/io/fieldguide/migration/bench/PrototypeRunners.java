package io.fieldguide.migration.bench;

import io.fieldguide.migration.backfill.Backfill;
import io.fieldguide.migration.backfill.BackfillOptions;
import io.fieldguide.migration.bench.BackfillBenchmark.BatchedMethod;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Prototypes of a leaner {@code BackfillRunner} loop, measured with {@code --investigate} against
 * the core's runner on the same tables and checkpoints ({@code migration_core.backfill_job} and
 * {@code backfill_range}, same semantics: a range is claimed in its own transaction, then locked
 * {@code FOR UPDATE SKIP LOCKED} and marked done in the transaction that changes its rows). Not
 * production code: no retries on lock timeouts, cancellation is noticed only between claims.
 *
 * <p>Round trips per batch, core runner: cancel check 1, {@code set_config} 2, lock 1 (finds
 * nothing), rollback 1, claim 5 (select job, next range end, insert range, advance job, commit),
 * cancel check 1, {@code set_config} 2, lock 1, UPDATE 1, mark done 1, commit 1: about 17.
 * Prototype: claim 1 (one statement in autocommit), timeouts 1 (both {@code SET LOCAL} in one
 * simple query), lock 1, UPDATE 1, mark done 1, commit 1: 6.
 */
final class PrototypeRunners {

    private static final String CREATE =
            """
            INSERT INTO migration_core.backfill_job AS job
                (name, target_table, key_column, status, key_low, key_high, next_key, batch_size, total_keys, started_at, updated_at)
            SELECT ?, ?, ?, 'running', min(%2$s), max(%2$s), min(%2$s) - 1, ?, count(*), now(), now() FROM %1$s
            ON CONFLICT (name) DO UPDATE SET status = 'running', cancel_requested = false, last_error = NULL,
                batch_size = EXCLUDED.batch_size, updated_at = now()
            WHERE job.status <> 'completed'
            """;
    /** The core's five-statement claim as one statement: lock the job, find the range end, record both. */
    private static final String CLAIM =
            """
            WITH job AS (
                SELECT next_key, key_high FROM migration_core.backfill_job
                WHERE name = ? AND status = 'running' AND NOT cancel_requested AND next_key < key_high FOR UPDATE
            ), next_range AS (
                SELECT job.next_key AS from_key, coalesce(r.last_key, job.key_high) AS to_key, r.keys
                FROM job, LATERAL (SELECT max(k) AS last_key, count(*) AS keys FROM (SELECT %2$s AS k FROM %1$s
                    WHERE %2$s > job.next_key AND %2$s <= job.key_high ORDER BY %2$s LIMIT ?) s) r
            ), advanced AS (
                UPDATE migration_core.backfill_job j SET next_key = n.to_key, updated_at = now()
                FROM next_range n WHERE j.name = ? RETURNING j.next_key
            )
            INSERT INTO migration_core.backfill_range (job_name, from_key, to_key, key_count, claimed_at)
            SELECT ?, from_key, to_key, keys, clock_timestamp() FROM next_range, advanced WHERE keys > 0
            RETURNING from_key
            """;

    private static final String LOCK_OPEN_RANGE =
            """
            SELECT from_key, to_key FROM migration_core.backfill_range
            WHERE job_name = ? AND done_at IS NULL ORDER BY from_key LIMIT 1 FOR UPDATE SKIP LOCKED
            """;
    private static final String MARK_DONE = "UPDATE migration_core.backfill_range"
            + " SET done_at = clock_timestamp(), rows_changed = ?, hold_ms = ? WHERE job_name = ? AND from_key = ?";

    private final DataSource dataSource;
    private final boolean asynchronousCommit;

    private PrototypeRunners(DataSource dataSource, boolean asynchronousCommit) {
        this.dataSource = dataSource;
        this.asynchronousCommit = asynchronousCommit;
    }

    static Map<String, BatchedMethod> all(DataSource dataSource) {
        Map<String, BatchedMethod> variants = new LinkedHashMap<>();
        variants.put("prototype: 6 round trips per batch", new PrototypeRunners(dataSource, false)::run);
        variants.put("prototype + synchronous_commit = off", new PrototypeRunners(dataSource, true)::run);
        return variants;
    }

    String run(Backfill backfill, BackfillOptions options) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement create =
                    connection.prepareStatement(CREATE.formatted(backfill.table(), backfill.keyColumn()))) {
                create.setString(1, backfill.name());
                create.setString(2, backfill.table());
                create.setString(3, backfill.keyColumn());
                create.setLong(4, options.batchSize());
                create.executeUpdate();
            }
            String claimSql = CLAIM.formatted(backfill.table(), backfill.keyColumn());
            String timeouts = "SET LOCAL lock_timeout = '%dms'; SET LOCAL statement_timeout = '%dms'"
                    .formatted(
                            options.lockTimeout().toMillis(),
                            options.statementTimeout().toMillis());
            if (asynchronousCommit) {
                // Safe for exactly-once: a batch's change and its checkpoint commit together, so a crash
                // loses both or neither; a lost claim only un-claims keys that no committed batch used.
                // Costs no round trip per batch; reset before the connection goes back to a pool.
                execute(connection, "SET synchronous_commit = off");
            }
            try {
                return walk(connection, claimSql, timeouts, backfill, options);
            } finally {
                if (asynchronousCommit) {
                    execute(connection, "RESET synchronous_commit");
                }
            }
        }
    }

    private String walk(
            Connection connection, String claimSql, String timeouts, Backfill backfill, BackfillOptions options)
            throws SQLException {
        while (!Thread.currentThread().isInterrupted()) {
            boolean claimed = claim(connection, claimSql, backfill, options.batchSize());
            boolean worked = runOneBatch(connection, timeouts, backfill);
            if (!claimed && !worked) {
                String status = cancelRequested(connection, backfill.name()) ? "cancelled" : "completed";
                finish(connection, backfill.name(), status);
                return status;
            }
        }
        return "running";
    }

    /** One statement in autocommit: one round trip, one commit. */
    private static boolean claim(Connection connection, String claimSql, Backfill backfill, int batchSize)
            throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement(claimSql)) {
            claim.setString(1, backfill.name());
            claim.setInt(2, batchSize);
            claim.setString(3, backfill.name());
            claim.setString(4, backfill.name());
            try (ResultSet row = claim.executeQuery()) {
                return row.next();
            }
        }
    }

    private boolean runOneBatch(Connection connection, String timeouts, Backfill backfill) throws SQLException {
        connection.setAutoCommit(false);
        try {
            execute(connection, timeouts);
            long from;
            long to;
            try (PreparedStatement lock = connection.prepareStatement(LOCK_OPEN_RANGE)) {
                lock.setString(1, backfill.name());
                try (ResultSet row = lock.executeQuery()) {
                    if (!row.next()) {
                        connection.rollback();
                        return false;
                    }
                    from = row.getLong(1);
                    to = row.getLong(2);
                }
            }
            long heldSince = System.nanoTime();
            long changed = backfill.applyBatch(connection, from, to);
            try (PreparedStatement done = connection.prepareStatement(MARK_DONE)) {
                done.setLong(1, changed);
                done.setLong(2, (System.nanoTime() - heldSince) / 1_000_000);
                done.setString(3, backfill.name());
                done.setLong(4, from);
                done.executeUpdate();
            }
            connection.commit();
            return true;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static boolean cancelRequested(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT cancel_requested FROM migration_core.backfill_job WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private static void finish(Connection connection, String name, String status) throws SQLException {
        try (PreparedStatement finish =
                connection.prepareStatement("UPDATE migration_core.backfill_job SET status = ?, updated_at = now(),"
                        + " finished_at = CASE WHEN ? = 'completed' THEN now() ELSE finished_at END WHERE name = ?")) {
            finish.setString(1, status);
            finish.setString(2, status);
            finish.setString(3, name);
            finish.executeUpdate();
        }
    }
}
