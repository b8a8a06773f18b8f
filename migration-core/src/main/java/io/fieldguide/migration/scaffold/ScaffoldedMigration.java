package io.fieldguide.migration.scaffold;

import java.nio.file.Path;
import java.util.List;

/**
 * A new migration pair: {@code V<version>__<name>.sql} and its undo {@code U<version>__<name>.sql}.
 *
 * @param version the version as it appears in the file names ({@code 7}, {@code 0005}, {@code 1734567890000})
 * @param name the normalised description ({@code add_thing})
 */
public record ScaffoldedMigration(String version, String name, Path versionedScript, Path undoScript) {

    public List<Path> paths() {
        return List.of(versionedScript, undoScript);
    }
}
