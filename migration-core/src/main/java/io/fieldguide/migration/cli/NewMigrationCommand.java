package io.fieldguide.migration.cli;

import io.fieldguide.migration.config.MigrationCoreConfig;
import io.fieldguide.migration.scaffold.MigrationScaffolder;
import io.fieldguide.migration.scaffold.ScaffoldedMigration;
import io.fieldguide.migration.status.MigrationDetail;
import io.fieldguide.migration.status.MigrationStatusService;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code new NAME [--dir DIR]}: scaffolds a {@code V}/{@code U} pair in the service's naming scheme,
 * numbered after the scripts in the directory and every migration Flyway knows (applied ones whose
 * script moved, Java migrations).
 */
@ApplicationScoped
class NewMigrationCommand implements CliCommand {

    private final MigrationCoreConfig config;
    private final MigrationStatusService status;

    NewMigrationCommand(MigrationCoreConfig config, MigrationStatusService status) {
        this.config = config;
        this.status = status;
    }

    @Override
    public String name() {
        return "new";
    }

    @Override
    public CliArguments.Syntax syntax() {
        return new CliArguments.Syntax(Set.of(), Set.of("dir"), 1, 1);
    }

    record Created(String version, String name, String scheme, List<String> files) {}

    @Override
    public int run(CliArguments args, CliOutput output) throws IOException {
        Path directory = Path.of(args.option("dir").orElse(config.scriptDirectory()));
        List<String> known = status.status().migrations().stream()
                .map(MigrationDetail::version)
                .filter(Objects::nonNull)
                .toList();
        ScaffoldedMigration created = new MigrationScaffolder(config.namingScheme())
                .create(directory, args.positional(0).orElseThrow(), known);
        List<String> files = created.paths().stream().map(Path::toString).toList();
        output.document(new Created(
                created.version(), created.name(), config.namingScheme().name().toLowerCase(), files));
        output.line("Created migration " + created.version() + " (" + created.name() + "):");
        files.forEach(file -> output.line("  " + file));
        output.line("Fill in the V script, then its undo; `lint` checks both.");
        return ExitCode.OK;
    }
}
