package io.fieldguide.it.feeding.watermelon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The WatermelonDB app of {@code src/test/watermelon}, copied to {@code target/watermelon} and its
 * locked dependencies installed there once ({@code npm ci}); later runs reuse them until the lock
 * file changes. Without Node 18+ and npm the calling test is skipped, saying so.
 */
final class NodeProject {

    private static final Path SOURCE = Path.of("src/test/watermelon");
    private static final Path TARGET = Path.of("target/watermelon");
    private static final String LOCK = "package-lock.json";

    private NodeProject() {}

    /** The project's folder, ready to run {@code node driver.js}. */
    static Path prepare() throws IOException, InterruptedException {
        requireNode();
        boolean lockChanged =
                !Files.exists(TARGET.resolve(LOCK)) || Files.mismatch(SOURCE.resolve(LOCK), TARGET.resolve(LOCK)) != -1;
        copy(SOURCE, TARGET);
        if (lockChanged || !Files.isDirectory(TARGET.resolve("node_modules/@nozbe/watermelondb"))) {
            run(List.of(npm(), "ci", "--no-audit", "--no-fund", "--loglevel=error"), 300);
        }
        return TARGET.toAbsolutePath();
    }

    private static void requireNode() throws InterruptedException {
        String version;
        try {
            version = output(List.of("node", "--version")).strip();
            output(List.of(npm(), "--version"));
        } catch (IOException e) {
            Assumptions.abort("node and npm are not on the PATH: the WatermelonDB client test needs Node 18+ ("
                    + e.getMessage() + ")");
            return;
        }
        int major = Integer.parseInt(version.replaceFirst("^v(\\d+).*", "$1"));
        Assumptions.assumeTrue(major >= 18, "the WatermelonDB client test needs Node 18+, found " + version);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(TARGET.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private static String output(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    private static String npm() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows") ? "npm.cmd" : "npm";
    }
}
