package io.fieldguide.migration.backfill;

import io.fieldguide.migration.flyway.CoreSchema;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Progress, rate and ETA of backfills, computed from their checkpoints. */
@ApplicationScoped
public class BackfillProgressReader {

    private static final String PROGRESS =
            """
            SELECT job.name, job.status, job.total_keys, job.batch_size, job.started_at, job.updated_at,
                   job.finished_at, job.last_error,
                   coalesce(sum(r.key_count) FILTER (WHERE r.done_at IS NOT NULL), 0) AS done_keys,
                   coalesce(sum(r.rows_changed), 0) AS rows_changed,
                   coalesce(max(r.hold_ms), 0) AS longest_hold_ms,
                   min(r.claimed_at) AS first_claim, max(r.done_at) AS last_done
            FROM migration_core.backfill_job job
            LEFT JOIN migration_core.backfill_range r ON r.job_name = job.name
            WHERE (?::text IS NULL OR job.name = ?)
            GROUP BY job.name
            ORDER BY job.started_at DESC, job.name
            """;

    private final DataSource dataSource;
    private final CoreSchema coreSchema;

    public BackfillProgressReader(DataSource dataSource, CoreSchema coreSchema) {
        this.dataSource = dataSource;
        this.coreSchema = coreSchema;
    }

    public Optional<BackfillProgress> progress(String name) {
        return read(name).stream().findFirst();
    }

    public List<BackfillProgress> all() {
        return read(null);
    }

    private List<BackfillProgress> read(String name) {
        coreSchema.ensureMigrated();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(PROGRESS)) {
            select.setString(1, name);
            select.setString(2, name);
            List<BackfillProgress> jobs = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    jobs.add(progress(rows));
                }
            }
            return jobs;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read backfill progress", e);
        }
    }

    private static BackfillProgress progress(ResultSet row) throws SQLException {
        long total = row.getLong("total_keys");
        long done = row.getLong("done_keys");
        long remaining = Math.max(0, total - done);
        Instant firstClaim = BackfillJobStore.instant(row.getTimestamp("first_claim"));
        Instant lastDone = BackfillJobStore.instant(row.getTimestamp("last_done"));
        double seconds = firstClaim == null || lastDone == null
                ? 0
                : Duration.between(firstClaim, lastDone).toMillis() / 1000.0;
        double rate = seconds > 0 ? done / seconds : 0;
        Long eta = remaining == 0 ? Long.valueOf(0) : rate > 0 ? Long.valueOf(Math.round(remaining / rate)) : null;
        return new BackfillProgress(
                row.getString("name"),
                row.getString("status"),
                total,
                done,
                remaining,
                row.getLong("rows_changed"),
                total == 0 ? 100.0 : Math.round(done * 1000.0 / total) / 10.0,
                Math.round(rate * 10) / 10.0,
                eta,
                row.getLong("batch_size"),
                row.getLong("longest_hold_ms"),
                BackfillJobStore.instant(row.getTimestamp("started_at")),
                BackfillJobStore.instant(row.getTimestamp("updated_at")),
                BackfillJobStore.instant(row.getTimestamp("finished_at")),
                row.getString("last_error"));
    }
}
