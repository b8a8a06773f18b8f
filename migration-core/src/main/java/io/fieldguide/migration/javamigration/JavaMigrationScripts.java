package io.fieldguide.migration.javamigration;

import io.fieldguide.migration.lint.PlannedScript;
import io.fieldguide.migration.rollback.ReversibleMigration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The SQL of the Java migrations in a classpath location, as scripts for the lint: each reversible
 * migration whose SQL is known before it runs gives its up as a {@code V} script and its down as a
 * {@code U} script, named after the class, with its {@link LintAllow}s as {@code lint:allow} headers.
 */
public final class JavaMigrationScripts {

    private JavaMigrationScripts() {}

    /** {@code db/migration} or {@code classpath:db/migration}: the Java migrations of that package. */
    public static List<PlannedScript> inLocation(String location, ClassLoader classLoader) {
        String path = location.replaceFirst("^classpath:", "").replaceAll("^/+|/+$", "");
        List<PlannedScript> scripts = new ArrayList<>();
        for (String className : classNames(path, classLoader)) {
            ReversibleMigration.load(className, classLoader).ifPresent(migration -> scripts.addAll(of(migration)));
        }
        return scripts;
    }

    /** The migration's up and down as a V and a U script, or nothing when its SQL is not known before it runs. */
    public static List<PlannedScript> of(ReversibleMigration migration) {
        Optional<String> up = migration.plannedUpSql();
        if (up.isEmpty()) {
            return List.of();
        }
        String name = migration.getClass().getSimpleName() + ".java";
        List<PlannedScript> scripts =
                new ArrayList<>(List.of(new PlannedScript(name, allowMarkers(migration.getClass(), false) + up.get())));
        migration
                .plannedDownSql()
                .ifPresent(down -> scripts.add(
                        new PlannedScript("U" + name.substring(1), allowMarkers(migration.getClass(), true) + down)));
        return scripts;
    }

    private static String allowMarkers(Class<?> type, boolean down) {
        StringBuilder header = new StringBuilder();
        for (LintAllow allow : type.getAnnotationsByType(LintAllow.class)) {
            if (allow.down() != down) {
                continue;
            }
            header.append("-- lint:allow ")
                    .append(allow.rule())
                    .append(' ')
                    .append(allow.reason().replace('\n', ' '))
                    .append('\n');
        }
        return header.toString();
    }

    /** Top-level classes named like a versioned migration, in directories and jars alike. */
    private static List<String> classNames(String path, ClassLoader classLoader) {
        List<String> names = new ArrayList<>();
        try {
            for (URL url : Collections.list(classLoader.getResources(path))) {
                for (String file : classFiles(url)) {
                    String simpleName = file.substring(0, file.length() - ".class".length());
                    if (simpleName.matches("V\\d[^$]*__[^$]*")) {
                        names.add((path.replace('/', '.') + "." + simpleName).replaceFirst("^\\.", ""));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the Java migrations in " + path, e);
        }
        return names;
    }

    /** The file names of the classes directly in the location (Flyway's Java migrations are not nested in packages below it). */
    private static List<String> classFiles(URL url) throws IOException {
        URLConnection connection = url.openConnection();
        if (connection instanceof JarURLConnection jarConnection) {
            jarConnection.setUseCaches(false);
            String prefix = jarConnection.getEntryName().replaceAll("/+$", "") + "/";
            try (JarFile jar = jarConnection.getJarFile()) {
                return jar.stream()
                        .map(entry -> entry.getName())
                        .filter(name -> name.startsWith(prefix) && name.endsWith(".class"))
                        .map(name -> name.substring(prefix.length()))
                        .filter(name -> !name.contains("/"))
                        .toList();
            }
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class"))
                    .toList();
        } catch (URISyntaxException e) {
            throw new IOException("cannot list " + url, e);
        }
    }
}
