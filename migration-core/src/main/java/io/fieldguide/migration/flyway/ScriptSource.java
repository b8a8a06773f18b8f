package io.fieldguide.migration.flyway;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.flywaydb.core.api.CoreMigrationType;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Reads the text of a migration's {@code V} script and of its {@code U} undo script from the
 * service's Flyway locations (class path or file system).
 */
@ApplicationScoped
public class ScriptSource {

    private final ServiceFlyway serviceFlyway;

    ScriptSource(ServiceFlyway serviceFlyway) {
        this.serviceFlyway = serviceFlyway;
    }

    public Optional<String> script(MigrationInfo info) {
        if (!isSql(info)) {
            return Optional.empty();
        }
        return read(info.getScript());
    }

    /** The undo script {@code U<version>__<description>.sql} beside {@code V<version>__<description>.sql}. */
    public Optional<String> undoScript(MigrationInfo info) {
        if (!isSql(info)) {
            return Optional.empty();
        }
        return read(undoScriptName(info.getScript()));
    }

    public static String undoScriptName(String script) {
        int slash = script.lastIndexOf('/');
        String folder = script.substring(0, slash + 1);
        String file = script.substring(slash + 1);
        return folder + "U" + file.substring(1);
    }

    private static boolean isSql(MigrationInfo info) {
        String script = info.getScript();
        return info.getType() == CoreMigrationType.SQL
                && script != null
                && script.substring(script.lastIndexOf('/') + 1).startsWith("V");
    }

    /** Quarkus reports scripts with their location folder, plain Flyway without: accept both. */
    private Optional<String> read(String scriptPath) {
        for (Location location : serviceFlyway.flyway().getConfiguration().getLocations()) {
            String root = location.getRootPath();
            String path = scriptPath.startsWith(root + "/") ? scriptPath : root + "/" + scriptPath;
            Optional<String> text = location.isFileSystem() ? readFile(Path.of(path)) : readResource(path);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> readFile(Path path) {
        try {
            return Files.isRegularFile(path) ? Optional.of(Files.readString(path)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<String> readResource(String path) {
        ClassLoader loader = serviceFlyway.flyway().getConfiguration().getClassLoader();
        try (InputStream in = loader.getResourceAsStream(path.startsWith("/") ? path.substring(1) : path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
