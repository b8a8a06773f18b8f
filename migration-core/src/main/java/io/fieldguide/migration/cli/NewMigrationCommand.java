package io.fieldguide.migration.cli;

import io.fieldguide.migration.config.MigrationCoreConfig;
import io.fieldguide.migration.scaffold.MigrationScaffolder;
import io.fieldguide.migration.scaffold.ScaffoldedMigration;
import io.fieldguide.migration.status.MigrationDetail;
import io.fieldguide.migration.status.MigrationStatusService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code new NAME [--dir DIR]}: scaffolds a {@code V}/{@code U} pair in the service's naming scheme,
 * numbered after the scripts in the directory and every migration Flyway knows (applied ones whose
 * script moved, Java migrations).
 */
@Dependent
@Command(
        name = "new",
        description = {
            "Create V<next>__NAME.sql and U<next>__NAME.sql from the templates, numbered in the service's"
                    + " naming scheme (plain, timestamp or sequence) after every version in DIR and every"
                    + " migration Flyway knows. Never overwrites a file."
        },
        footer = CliCommands.FOOTER)
class NewMigrationCommand extends CliCommand {

    @Inject
    MigrationCoreConfig config;

    @Inject
    MigrationStatusService status;

    @Parameters(paramLabel = "NAME", description = "What the migration does, e.g. add_customer_email.")
    String name;

    @Option(
            names = "--dir",
            paramLabel = "DIR",
            description = "Where to write (default: fieldguide.migration.script-directory, relative to the"
                    + " current directory).")
    String dir;

    record Created(String version, String name, String scheme, List<String> files) {}

    @Override
    public Integer call() throws IOException {
        CliOutput output = output();
        Path directory = Path.of(dir == null ? config.scriptDirectory() : dir);
        List<String> known = status.status().migrations().stream()
                .map(MigrationDetail::version)
                .filter(Objects::nonNull)
                .toList();
        ScaffoldedMigration created = new MigrationScaffolder(config.namingScheme()).create(directory, name, known);
        List<String> files = created.paths().stream().map(Path::toString).toList();
        output.document(new Created(
                created.version(), created.name(), config.namingScheme().name().toLowerCase(), files));
        output.line("Created migration " + created.version() + " (" + created.name() + "):");
        files.forEach(file -> output.line("  " + file));
        output.line("Fill in the V script, then its undo; `lint` checks both.");
        return ExitCode.OK;
    }
}
