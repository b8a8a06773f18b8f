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
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The latest localStorage imports on {@code /console}: each one ran in one transaction, so it shows
 * whole (100 %) once it is listed; its meal counts come from the report stored with it.
 */
@ApplicationScoped
class ImportJobsPanel implements ConsolePanel {

    private static final int SHOWN = 20;
    private static final List<String> COLUMNS =
            List.of("Import", "User", "Finished", "Meals in", "Imported", "Already there", "Merged", "Rejected");

    private final DataSource dataSource;

    ImportJobsPanel(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String id() {
        return "import-jobs";
    }

    @Override
    public String title() {
        return "Imports from localStorage";
    }

    @Override
    public PanelView view() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet table = statement.executeQuery("SELECT to_regclass('imports') IS NOT NULL")) {
                table.next();
                if (!table.getBoolean(1)) {
                    return PanelView.table("No imports table yet: migrate to 3 first", COLUMNS, List.of());
                }
            }
            List<Row> rows = new ArrayList<>();
            long total;
            try (ResultSet count = statement.executeQuery("SELECT count(*) FROM imports")) {
                count.next();
                total = count.getLong(1);
            }
            try (ResultSet imports = statement.executeQuery(
                    """
                    SELECT id, user_id, status, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS "UTC"'),
                           report -> 'meals' ->> 'input', report -> 'meals' ->> 'imported',
                           report -> 'meals' ->> 'alreadyImported', report -> 'meals' ->> 'merged',
                           report -> 'meals' ->> 'rejected'
                    FROM imports ORDER BY id DESC LIMIT %d"""
                            .formatted(SHOWN))) {
                while (imports.next()) {
                    rows.add(Row.of(
                                    "completed".equals(imports.getString(3)) ? State.DONE : State.INFO,
                                    "#" + imports.getLong(1) + " " + imports.getString(3),
                                    imports.getString(2),
                                    imports.getString(4),
                                    imports.getString(5),
                                    imports.getString(6),
                                    imports.getString(7),
                                    imports.getString(8),
                                    imports.getString(9))
                            .withPercent(100));
                }
            }
            return PanelView.table(
                    total + " imports" + (total > SHOWN ? ", the latest " + SHOWN + " shown" : ""), COLUMNS, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the imports", e);
        }
    }
}
