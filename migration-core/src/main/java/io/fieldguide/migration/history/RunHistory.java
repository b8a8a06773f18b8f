package io.fieldguide.migration.history;

import io.fieldguide.migration.flyway.CoreSchema;
import io.fieldguide.migration.run.Direction;
import io.fieldguide.migration.run.MigrationStep;
import io.fieldguide.migration.run.RunKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Every run (up, undo, backfill, validate) in {@code migration_core.migration_run}. Written on its
 * own connection after the run, so a failed migration's rollback cannot take its record with it.
 */
@ApplicationScoped
public class RunHistory {

    private static final String INSERT = "INSERT INTO migration_core.migration_run"
            + " (kind, name, version, direction, triggered_by, started_at, finished_at, duration_ms, success, error_message)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT_RECENT = "SELECT id, kind, name, version, direction, triggered_by, started_at,"
            + " finished_at, duration_ms, success, error_message FROM migration_core.migration_run"
            + " ORDER BY started_at DESC, id DESC LIMIT ?";

    private final DataSource dataSource;
    private final CoreSchema coreSchema;

    RunHistory(DataSource dataSource, CoreSchema coreSchema) {
        this.dataSource = dataSource;
        this.coreSchema = coreSchema;
    }

    public void record(List<MigrationStep> steps, String triggeredBy) {
        if (steps.isEmpty()) {
            return;
        }
        coreSchema.ensureMigrated();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (MigrationStep step : steps) {
                insert.setString(1, step.kind().wireName());
                insert.setString(2, step.name());
                insert.setString(3, step.version());
                insert.setString(4, step.direction().wireName());
                insert.setString(5, triggeredBy);
                insert.setTimestamp(6, Timestamp.from(step.startedAt()));
                insert.setTimestamp(7, Timestamp.from(step.finishedAt()));
                insert.setLong(8, step.duration().toMillis());
                insert.setBoolean(9, step.success());
                insert.setString(10, step.errorMessage());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the run history", e);
        }
    }

    public List<HistoryEntry> recent(int limit) {
        coreSchema.ensureMigrated();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(SELECT_RECENT)) {
            select.setInt(1, limit);
            List<HistoryEntry> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(read(rows));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the run history", e);
        }
    }

    private static HistoryEntry read(ResultSet rows) throws SQLException {
        return new HistoryEntry(
                rows.getLong("id"),
                RunKind.valueOf(rows.getString("kind").toUpperCase(Locale.ROOT)),
                rows.getString("name"),
                rows.getString("version"),
                Direction.valueOf(rows.getString("direction").toUpperCase(Locale.ROOT)),
                rows.getString("triggered_by"),
                rows.getTimestamp("started_at").toInstant(),
                rows.getTimestamp("finished_at").toInstant(),
                rows.getLong("duration_ms"),
                rows.getBoolean("success"),
                rows.getString("error_message"));
    }
}
