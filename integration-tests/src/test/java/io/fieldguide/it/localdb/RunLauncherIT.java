package io.fieldguide.it.localdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.it.PackagedService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's {@code ./run} launcher, as README.md tells a user to start a service: its first
 * start after a build makes the class cache (a CDS archive below JDK 25, an AOT cache from 25) and
 * then runs the command; the next start uses the cache without a new training run; the JVM accepts
 * the archive it made; with no JDK named it finds one; a service that was not built is a usage error
 * that says how to build it.
 *
 * <p>It runs on a copy of the script and of feeding-tracker's {@code quarkus-app} in a temporary
 * folder, so that the build's own folder keeps no cache from the test, with the JVM that runs the
 * test ({@code FIELDGUIDE_JAVA}) and its own data directory.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "./run is a POSIX shell script; Windows users run java -jar")
class RunLauncherIT {

    private static final String SERVICE = "feeding-tracker";

    @TempDir
    Path root;

    @Test
    void theFirstStartMakesTheClassCacheAndTheNextOneUsesIt() throws Exception {
        copyLauncherAndService();
        boolean aotCacheJdk = Runtime.version().feature() >= 25;
        Path app = root.resolve(SERVICE).resolve("target/quarkus-app");
        Path cache = app.resolve(aotCacheJdk ? "app.aot" : "app.jsa");

        // Below JDK 25, -Xshare:on makes a JVM that cannot map the CDS archive refuse to start instead of
        // going on without it: the second start then proves the archive is usable, not only present.
        Map<String, String> options = aotCacheJdk
                ? Map.of()
                : Map.of("FIELDGUIDE_JVM_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:on");

        Result first = run(options, SERVICE, "db", "status");

        assertEquals(0, first.exitCode(), first.out() + first.err());
        assertTrue(
                first.err().contains("Making the " + (aotCacheJdk ? "AOT cache" : "CDS archive") + " for " + SERVICE),
                first.err());
        assertTrue(Files.size(cache) > 10_000_000, "a class cache of some size at " + cache);
        assertTrue(first.out().contains("data directory"), first.out());

        Result second = run(options, SERVICE, "db", "status");

        assertEquals(0, second.exitCode(), second.out() + second.err());
        assertFalse(second.err().contains("Making the"), "no second training run:\n" + second.err());
        assertTrue(second.out().contains("data directory"), second.out());
    }

    @Test
    void withoutFieldguideJavaOrJavaHomeItFindsAJdkItself() throws Exception {
        copyLauncherAndService();

        // The search looks at every folder in /usr/lib/jvm and the like, some without a release file.
        Result found = run(Map.of("FIELDGUIDE_JAVA", "", "FIELDGUIDE_AOT", "off"), SERVICE, "db", "status");

        assertEquals(0, found.exitCode(), found.out() + found.err());
        assertTrue(found.out().contains("data directory"), found.out());
    }

    @Test
    void aServiceThatWasNotBuiltIsAUsageErrorNamingTheBuild() throws Exception {
        copyLauncherAndService();

        Result missing = run(Map.of(), "no-such-service", "db", "status");

        assertEquals(2, missing.exitCode(), missing.err());
        assertTrue(missing.err().contains("./mvnw -B -q install -DskipTests -pl no-such-service -am"), missing.err());
    }

    private record Result(int exitCode, String out, String err) {}

    private Result run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", root.resolve("run").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("JAVA_HOME");
        builder.environment()
                .put(
                        "FIELDGUIDE_JAVA",
                        Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment()
                .put(
                        "FIELDGUIDE_EMBEDDED_POSTGRES_DATA_DIR",
                        root.resolve("pgdata").toString());
        builder.environment().putAll(environment);
        builder.environment().values().removeIf(String::isEmpty);
        Path out = Files.createTempFile(root, "run", ".out");
        Path err = Files.createTempFile(root, "run", ".err");
        Process process =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", args) + " did not finish within 180 s: " + Files.readString(err));
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** The script and the packaged service, laid out as in the repository (jars copied with their times). */
    private void copyLauncherAndService() throws IOException {
        Path repository = PackagedService.servicesDir().toAbsolutePath().normalize();
        Files.copy(repository.resolve("run"), root.resolve("run"));
        Path source = repository.resolve(SERVICE).resolve("target/quarkus-app");
        Path target = root.resolve(SERVICE).resolve("target/quarkus-app");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (!file.getFileName().toString().startsWith("app.")) {
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
