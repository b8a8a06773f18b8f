package io.fieldguide.feeding.migration;

import io.fieldguide.migration.console.ConsolePanel;
import io.fieldguide.migration.console.PanelView;
import io.fieldguide.migration.console.PanelView.Row;
import io.fieldguide.migration.console.PanelView.State;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The guide's three migration steps on {@code /console}, read from the same status as its endpoint. */
@ApplicationScoped
class GuideStepsPanel implements ConsolePanel {

    private final FeedingMigrationService migration;

    GuideStepsPanel(FeedingMigrationService migration) {
        this.migration = migration;
    }

    @Override
    public String id() {
        return "guide-steps";
    }

    @Override
    public String title() {
        return "The guide's client_id migration";
    }

    @Override
    public PanelView view() {
        MigrationStatusResponse status = migration.status();
        boolean column = status.columnExists();
        boolean backfilled = column && status.remainingRecords() == 0;
        return PanelView.table(
                "migration_status: " + status.migrationStatus() + ", " + status.migratedRecords() + " of "
                        + status.totalRecords() + " records have a client_id",
                List.of("Step", "Endpoint", "Now"),
                List.of(
                        Row.of(
                                column ? State.DONE : State.PENDING,
                                "1. Add the client_id column",
                                "POST /api/feedings/run-migration",
                                column ? "column exists" : "not yet"),
                        Row.of(
                                        backfilled ? State.DONE : column ? State.RUNNING : State.PENDING,
                                        "2. Backfill client_id",
                                        "POST /api/feedings/backfill-client-ids",
                                        status.remainingRecords() + " records remaining")
                                .withPercent(status.progressPercentage()),
                        Row.of(
                                backfilled && status.pendingMigrations().isEmpty() ? State.DONE : State.PENDING,
                                "3. Verify",
                                "GET /api/feedings/migration-status",
                                status.pendingMigrations().isEmpty()
                                        ? "schema up to date"
                                        : status.pendingMigrations().size() + " migrations pending")));
    }
}
