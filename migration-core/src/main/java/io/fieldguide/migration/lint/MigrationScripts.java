package io.fieldguide.migration.lint;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds and reads migration scripts in a directory or a classpath location, in Flyway's version order. */
final class MigrationScripts {

    /** A script's reported name (its path relative to the scanned location) and its text. */
    record Script(String name, String sql) {}

    private static final Pattern SCRIPT_FILE = Pattern.compile("[VU]\\d[^/]*__[^/]*\\.sql");

    private static final Comparator<Script> VERSION_ORDER = Comparator.comparing(
                    (Script script) -> fileName(script.name()), MigrationScripts::compareVersions)
            .thenComparing(script -> fileName(script.name()).charAt(0) == 'U') // V before its undo
            .thenComparing(Script::name);

    private MigrationScripts() {}

    static boolean isMigrationScript(String fileName) {
        return SCRIPT_FILE.matcher(fileName).matches();
    }

    static List<Script> inVersionOrder(List<Script> scripts) {
        List<Script> sorted = new ArrayList<>(scripts);
        sorted.sort(VERSION_ORDER);
        return sorted;
    }

    static List<Script> fromDirectory(Path directory) throws IOException {
        List<Script> scripts = readDirectory(directory);
        scripts.sort(VERSION_ORDER);
        return scripts;
    }

    static List<Script> fromClasspath(String location, ClassLoader classLoader) throws IOException {
        String path = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
        path = path.replaceAll("^/+", "").replaceAll("/+$", "");
        Enumeration<URL> urls = classLoader.getResources(path);
        if (!urls.hasMoreElements()) {
            throw new FileNotFoundException("no classpath location " + path);
        }
        List<Script> scripts = new ArrayList<>();
        while (urls.hasMoreElements()) {
            scripts.addAll(readUrl(urls.nextElement()));
        }
        scripts.sort(VERSION_ORDER);
        return scripts;
    }

    private static List<Script> readUrl(URL url) throws IOException {
        URLConnection connection = url.openConnection();
        if (connection instanceof JarURLConnection jarConnection) {
            return readJar(jarConnection);
        }
        try {
            return readDirectory(Path.of(url.toURI())); // file: URLs, and any scheme with an installed file system
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("cannot list migration scripts at " + url, e);
        }
    }

    private static List<Script> readDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new NoSuchFileException(directory.toString(), null, "not a directory");
        }
        List<Path> files;
        try (Stream<Path> paths = Files.walk(directory)) {
            files = paths.filter(Files::isRegularFile)
                    .filter(file -> isMigrationScript(file.getFileName().toString()))
                    .toList();
        }
        List<Script> scripts = new ArrayList<>();
        for (Path file : files) {
            String name = directory.relativize(file).toString().replace(File.separatorChar, '/');
            scripts.add(new Script(name, Files.readString(file, StandardCharsets.UTF_8)));
        }
        return scripts;
    }

    private static List<Script> readJar(JarURLConnection connection) throws IOException {
        connection.setUseCaches(false); // our own JarFile, so closing it cannot break the class loader's
        String entryName = connection.getEntryName();
        String prefix = entryName == null || entryName.isEmpty() ? "" : entryName.replaceAll("/+$", "") + "/";
        List<Script> scripts = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!entry.isDirectory() && name.startsWith(prefix) && isMigrationScript(fileName(name))) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        scripts.add(new Script(
                                name.substring(prefix.length()),
                                new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return scripts;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Flyway versions: parts separated by '.' or '_', compared numerically, so V2 comes before V10. */
    static int compareVersions(String fileNameA, String fileNameB) {
        String[] a = version(fileNameA).split("[._]");
        String[] b = version(fileNameB).split("[._]");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int compared = comparePart(a[i], b[i]);
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static String version(String fileName) {
        int separator = fileName.indexOf("__");
        return fileName.substring(1, separator < 1 ? fileName.length() : separator);
    }

    private static int comparePart(String a, String b) {
        boolean numeric = a.matches("\\d+") && b.matches("\\d+");
        return numeric ? new BigInteger(a).compareTo(new BigInteger(b)) : a.compareTo(b);
    }
}
