package io.fieldguide.protein.imports;

import io.fieldguide.migration.console.ConsolePanel;
import io.fieldguide.migration.console.PanelView;
import io.fieldguide.migration.console.PanelView.Row;
import io.fieldguide.migration.console.PanelView.State;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * The latest bulk imports ({@code POST /api/imports}) on {@code /console}, with the progress their
 * job reports: lines and meals done, rejected lines, rate and ETA while one runs.
 */
@ApplicationScoped
class BulkImportJobsPanel implements ConsolePanel {

    private static final int SHOWN = 10;
    private static final List<String> COLUMNS =
            List.of("Job", "Submitted by", "Lines", "Rejected", "Meals imported", "Meals/s", "ETA");

    private final DataSource dataSource;
    private final BulkImportReads jobs;

    BulkImportJobsPanel(DataSource dataSource, BulkImportReads jobs) {
        this.dataSource = dataSource;
        this.jobs = jobs;
    }

    @Override
    public String id() {
        return "bulk-imports";
    }

    @Override
    public String title() {
        return "Bulk imports";
    }

    @Override
    public PanelView view() {
        if (!jobsTableExists()) {
            return PanelView.table("No import_jobs table yet: migrate to 5.1 first", COLUMNS, List.of());
        }
        List<Row> rows =
                jobs.recent(SHOWN).stream().map(BulkImportJobsPanel::row).toList();
        return PanelView.table(rows.size() + " bulk imports (the latest " + SHOWN + " at most)", COLUMNS, rows);
    }

    private static Row row(BulkImportProgress job) {
        return Row.of(
                        state(job.state()),
                        "#" + job.id() + " " + job.state(),
                        job.submittedBy(),
                        job.linesDone() + " of " + job.linesTotal(),
                        String.valueOf(job.linesRejected()),
                        String.valueOf(job.mealsImported()),
                        "%.0f".formatted(job.mealsPerSecond()),
                        job.etaSeconds() == null ? "" : job.etaSeconds() + " s")
                .withPercent(job.percent());
    }

    private static State state(String jobState) {
        return switch (jobState) {
            case "completed" -> State.DONE;
            case "running" -> State.RUNNING;
            case "failed" -> State.FAILED;
            default -> State.INFO;
        };
    }

    private boolean jobsTableExists() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet table = statement.executeQuery("SELECT to_regclass('import_jobs') IS NOT NULL")) {
            table.next();
            return table.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look for the import_jobs table", e);
        }
    }
}
