package io.fieldguide.migration.scaffold;

import io.fieldguide.migration.config.MigrationCoreConfig.NamingScheme;
import io.fieldguide.migration.problem.RefusedException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Creates a new {@code V} + {@code U} script pair in a script directory, numbered in the module's
 * naming scheme after every version already taken (in the directory, and any others the caller
 * knows of, such as Flyway's applied and Java migrations). Never overwrites a file.
 */
public final class MigrationScaffolder {

    private final NamingScheme scheme;
    private final Clock clock;

    public MigrationScaffolder(NamingScheme scheme) {
        this(scheme, Clock.systemUTC());
    }

    /** @param clock the time source of {@link NamingScheme#TIMESTAMP} versions */
    public MigrationScaffolder(NamingScheme scheme, Clock clock) {
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Plans and writes the pair; see {@link #plan} and {@link #write}. */
    public ScaffoldedMigration create(Path directory, String name, Collection<String> otherVersions)
            throws IOException {
        return write(plan(directory, name, otherVersions));
    }

    public ScaffoldedMigration create(Path directory, String name) throws IOException {
        return create(directory, name, List.of());
    }

    /**
     * The file names the pair would get, without writing anything.
     *
     * @param name the description, normalised by {@link MigrationName#normalise}
     * @param otherVersions versions taken outside the directory, as Flyway reports them
     */
    public ScaffoldedMigration plan(Path directory, String name, Collection<String> otherVersions) throws IOException {
        String normalised = MigrationName.normalise(name);
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new RefusedException(
                    directory.toString(), directory + " is not a directory, so no migration can be created in it");
        }
        BigInteger highest = ScriptVersions.highestIn(directory).max(ScriptVersions.highestOf(otherVersions));
        String version = ScriptVersions.next(scheme, highest, clock);
        String fileSuffix = version + "__" + normalised + ".sql";
        return new ScaffoldedMigration(
                version, normalised, directory.resolve("V" + fileSuffix), directory.resolve("U" + fileSuffix));
    }

    /**
     * Writes the pair planned by {@link #plan}. Refuses, changing nothing, when either file exists;
     * creates the directory if needed.
     */
    public ScaffoldedMigration write(ScaffoldedMigration planned) throws IOException {
        for (Path path : planned.paths()) {
            if (Files.exists(path)) {
                throw alreadyExists(path);
            }
        }
        Files.createDirectories(planned.versionedScript().toAbsolutePath().getParent());
        writeNew(planned.versionedScript(), MigrationTemplates.versioned(planned.version(), planned.name()));
        try {
            writeNew(planned.undoScript(), MigrationTemplates.undo(planned.version(), planned.name()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(planned.versionedScript()); // both or neither
            throw e;
        }
        return planned;
    }

    private static void writeNew(Path path, String text) throws IOException {
        try {
            Files.writeString(path, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw alreadyExists(path); // created by someone else since the check
        }
    }

    private static RefusedException alreadyExists(Path path) {
        return new RefusedException(
                path.toString(), path + " already exists; nothing was written (a migration is never overwritten)");
    }
}
