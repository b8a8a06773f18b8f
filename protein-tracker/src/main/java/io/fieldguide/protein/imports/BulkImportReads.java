package io.fieldguide.protein.imports;

import io.fieldguide.migration.backfill.BackfillProgress;
import io.fieldguide.migration.backfill.BackfillProgressReader;
import io.fieldguide.migration.problem.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Bulk imports as the API shows them: counts summed over the lines whose batch committed, rate and
 * ETA from the core's checkpoints of the job's walk.
 */
@ApplicationScoped
public class BulkImportReads {

    private static final String JOBS =
            """
            SELECT j.id, j.state, j.source_sha256, j.batch_size, j.lines_total, j.submitted_by, j.created_at,
                   j.finished_at, j.last_error,
                   count(l.outcome) AS lines_done,
                   count(*) FILTER (WHERE l.outcome = 'imported') AS users_imported,
                   count(*) FILTER (WHERE l.outcome = 'unchanged') AS users_unchanged,
                   count(*) FILTER (WHERE l.outcome = 'rejected') AS lines_rejected,
                   coalesce(sum(l.meals_input), 0) AS meals_input,
                   coalesce(sum(l.meals_imported), 0) AS meals_imported,
                   coalesce(sum(l.meals_already_imported), 0) AS meals_already_imported,
                   coalesce(sum(l.meals_merged), 0) AS meals_merged,
                   coalesce(sum(l.meals_rejected), 0) AS meals_rejected
            FROM import_jobs j LEFT JOIN import_lines l ON l.job_id = j.id AND l.outcome IS NOT NULL
            WHERE (?::bigint IS NULL OR j.id = ?)
            GROUP BY j.id ORDER BY j.id DESC LIMIT ?
            """;

    private final DataSource dataSource;
    private final BackfillProgressReader walks;

    BulkImportReads(DataSource dataSource, BackfillProgressReader walks) {
        this.dataSource = dataSource;
        this.walks = walks;
    }

    public BulkImportProgress progress(long jobId) {
        return jobs(jobId, 1).stream().findFirst().orElseThrow(() -> notFound(jobId));
    }

    /** The latest jobs first. */
    public List<BulkImportProgress> recent(int limit) {
        return jobs(null, limit);
    }

    /** The job's lines after line {@code afterLine}, in file order; only those with {@code outcome} unless null. */
    public List<BulkImportLine> lines(long jobId, String outcome, int afterLine, int limit) {
        progress(jobId);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        """
                        SELECT line_no, outcome, reason, email, user_id, import_id, meals_input, meals_imported,
                               meals_already_imported, meals_merged, meals_rejected
                        FROM import_lines WHERE job_id = ? AND line_no > ? AND (?::text IS NULL OR outcome = ?)
                        ORDER BY line_no LIMIT ?
                        """)) {
            select.setLong(1, jobId);
            select.setInt(2, afterLine);
            select.setString(3, outcome);
            select.setString(4, outcome);
            select.setInt(5, limit);
            List<BulkImportLine> lines = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    lines.add(new BulkImportLine(
                            row.getInt(1),
                            row.getString(2),
                            row.getString(3),
                            row.getString(4),
                            row.getString(5),
                            (Long) row.getObject(6),
                            row.getInt(7),
                            row.getInt(8),
                            row.getInt(9),
                            row.getInt(10),
                            row.getInt(11)));
                }
            }
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the lines of bulk import " + jobId, e);
        }
    }

    static ResourceNotFoundException notFound(long jobId) {
        return new ResourceNotFoundException("No bulk import " + jobId);
    }

    private List<BulkImportProgress> jobs(Long jobId, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(JOBS)) {
            select.setObject(1, jobId, java.sql.Types.BIGINT);
            select.setObject(2, jobId, java.sql.Types.BIGINT);
            select.setInt(3, limit);
            List<BulkImportProgress> jobs = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    jobs.add(progress(row, walks.progress(ImportLinesBackfill.name(row.getLong("id")))));
                }
            }
            return jobs;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read bulk imports", e);
        }
    }

    private static BulkImportProgress progress(ResultSet row, Optional<BackfillProgress> walk) throws SQLException {
        long total = row.getLong("lines_total");
        long done = row.getLong("lines_done");
        long mealsInput = row.getLong("meals_input");
        double linesPerSecond = walk.map(BackfillProgress::rowsPerSecond).orElse(0.0);
        double mealsPerSecond = done == 0 ? 0 : Math.round(linesPerSecond * mealsInput * 10.0 / done) / 10.0;
        Long eta = done == total
                ? Long.valueOf(0)
                : walk.map(BackfillProgress::etaSeconds).orElse(null);
        return new BulkImportProgress(
                row.getLong("id"),
                row.getString("state"),
                row.getString("source_sha256"),
                row.getInt("batch_size"),
                total,
                done,
                total == 0 ? 100.0 : Math.round(done * 1000.0 / total) / 10.0,
                row.getLong("users_imported") + row.getLong("users_unchanged"),
                row.getLong("users_imported"),
                row.getLong("users_unchanged"),
                row.getLong("lines_rejected"),
                mealsInput,
                row.getLong("meals_imported"),
                row.getLong("meals_already_imported"),
                row.getLong("meals_merged"),
                row.getLong("meals_rejected"),
                linesPerSecond,
                mealsPerSecond,
                eta,
                row.getString("submitted_by"),
                instant(row.getTimestamp("created_at")),
                instant(row.getTimestamp("finished_at")),
                row.getString("last_error"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
