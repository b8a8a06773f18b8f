package io.fieldguide.migration.cli;

import io.fieldguide.migration.api.StatusResponse;
import io.fieldguide.migration.status.MigrationDetail;
import io.fieldguide.migration.status.MigrationStatus;
import io.fieldguide.migration.status.MigrationStatusService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import picocli.CommandLine.Command;

/** {@code status}: the same data as {@code GET /api/migrations}, as a table. */
@Dependent
@Command(
        name = "status",
        description = {
            "Applied, pending and failed migrations of this service, with whether each can be undone.",
            "Exit 0, also when migrations are pending."
        },
        footer = CliCommands.FOOTER)
class StatusCommand extends CliCommand {

    @Inject
    MigrationStatusService status;

    @Inject
    @ConfigProperty(name = "quarkus.application.name", defaultValue = "service")
    String application;

    @Override
    public Integer call() {
        CliOutput output = output();
        MigrationStatus current = status.status();
        output.document(new StatusResponse(current, "Migration status retrieved successfully"));
        output.line(application + ": " + summary(current));
        if (!current.migrations().isEmpty()) {
            output.line("");
            table(current.migrations()).forEach(output::line);
        }
        return ExitCode.OK;
    }

    /** e.g. {@code 2 applied, 4 pending; at version 2, not up to date}. */
    static String summary(MigrationStatus status) {
        StringBuilder text = new StringBuilder()
                .append(status.appliedMigrations().size())
                .append(" applied, ")
                .append(status.pendingMigrations().size())
                .append(" pending");
        if (status.hasFailed()) {
            text.append(", ").append(status.failedMigrations().size()).append(" FAILED");
        }
        text.append("; ")
                .append(
                        status.currentVersion() == null
                                ? "no migration applied"
                                : "at version " + status.currentVersion())
                .append(status.isUpToDate() ? ", up to date" : ", not up to date");
        return text.toString();
    }

    private static List<String> table(List<MigrationDetail> migrations) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"VERSION", "STATE", "UNDO", "INSTALLED", "NAME"});
        for (MigrationDetail migration : migrations) {
            rows.add(new String[] {
                migration.version() == null ? "R" : migration.version(),
                migration.state(),
                migration.undoable() ? "yes" : "no",
                installed(migration.installedOn()),
                migration.name()
            });
        }
        int[] widths = new int[4];
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < widths.length; i++) {
                line.append(String.format("%-" + widths[i] + "s  ", row[i]));
            }
            lines.add(line.append(row[4]).toString());
        }
        return lines;
    }

    private static String installed(Instant installedOn) {
        return installedOn == null
                ? ""
                : installedOn.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
