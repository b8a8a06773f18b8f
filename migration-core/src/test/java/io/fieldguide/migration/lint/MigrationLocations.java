package io.fieldguide.migration.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Where the modules of the repository keep their Flyway scripts: each topmost resource directory holding some. */
final class MigrationLocations {

    private MigrationLocations() {}

    static List<Path> inRepository(Path root) throws IOException {
        List<Path> directories = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(dir -> Files.isRegularFile(dir.resolve("pom.xml")))
                    .sorted()
                    .toList()) {
                Path resources = module.resolve("src/main/resources");
                if (Files.isDirectory(resources)) {
                    directories.addAll(directoriesWithScripts(resources));
                }
            }
        }
        return directories.stream()
                .filter(dir -> directories.stream().noneMatch(other -> !other.equals(dir) && dir.startsWith(other)))
                .toList();
    }

    private static List<Path> directoriesWithScripts(Path resources) throws IOException {
        try (Stream<Path> files = Files.walk(resources)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> MigrationScripts.isMigrationScript(
                            file.getFileName().toString()))
                    .map(Path::getParent)
                    .distinct()
                    .sorted()
                    .toList();
        }
    }
}
