package io.fieldguide.migration.cli;

import io.fieldguide.migration.flyway.ServiceFlyway;
import io.fieldguide.migration.lint.LintConfig;
import io.fieldguide.migration.lint.LintFinding;
import io.fieldguide.migration.lint.MigrationLinter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.Configuration;

/**
 * The migration lint over the scripts a service carries, with the service's Flyway settings: what
 * {@code lint} runs, and what a service's own commands run (learning-platform's
 * {@code test-migrations}).
 */
@ApplicationScoped
public class ServiceScriptLint {

    private static final String CLASSPATH = "classpath:";
    private static final String FILESYSTEM = "filesystem:";

    private final ServiceFlyway serviceFlyway;

    ServiceScriptLint(ServiceFlyway serviceFlyway) {
        this.serviceFlyway = serviceFlyway;
    }

    /** The service's Flyway locations, each as {@code classpath:PATH} or {@code filesystem:DIR}. */
    public List<String> ownLocations() {
        List<String> locations = new ArrayList<>();
        for (Location location : configuration().getLocations()) {
            String root = location.getRootPath();
            locations.add(location.isFileSystem() ? FILESYSTEM + root : CLASSPATH + root);
        }
        return locations;
    }

    /** The findings in every one of {@code locations}: directories, {@code filesystem:DIR} or {@code classpath:PATH}. */
    public List<LintFinding> lint(List<String> locations) throws IOException {
        Configuration flyway = configuration();
        MigrationLinter linter = new MigrationLinter(LintConfig.defaults().withFlywayMixed(flyway.isMixed()));
        List<LintFinding> findings = new ArrayList<>();
        for (String location : locations) {
            findings.addAll(lint(linter, location, flyway.getClassLoader()));
        }
        return findings;
    }

    private static List<LintFinding> lint(MigrationLinter linter, String location, ClassLoader classLoader)
            throws IOException {
        if (location.startsWith(CLASSPATH)) {
            return linter.lintClasspath(location, classLoader);
        }
        Path directory = Path.of(location.startsWith(FILESYSTEM) ? location.substring(FILESYSTEM.length()) : location);
        if (location.startsWith(FILESYSTEM) || Files.isDirectory(directory)) {
            return linter.lint(directory);
        }
        return linter.lintClasspath(location, classLoader); // Flyway's default prefix is classpath
    }

    private Configuration configuration() {
        return serviceFlyway.flyway().getConfiguration();
    }
}
