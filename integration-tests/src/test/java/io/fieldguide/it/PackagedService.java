package io.fieldguide.it;

import static io.restassured.RestAssured.given;

import io.fieldguide.migration.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A packaged service started the way its README says, {@code java -jar .../quarkus-run.jar}, in its
 * own process on a free port, with a home folder of its own so that an embedded PostgreSQL starts
 * from nothing. Shared by the end-to-end tests and the benchmarks of every module.
 */
public final class PackagedService implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private PackagedService(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The repository root, as failsafe and the benchmark profiles pass it. */
    public static Path servicesDir() {
        return Path.of(System.getProperty("services.dir", ".."));
    }

    public static Path jar(Path servicesDir, String module) {
        return servicesDir.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public static PackagedService start(String module, Path home, String... properties) throws IOException {
        return start(servicesDir(), module, home, List.of(properties));
    }

    /**
     * With nothing configured but {@code properties} ({@code name=value}, passed as -D; an entry that
     * starts with {@code -} is a JVM option, passed as it is).
     */
    public static PackagedService start(Path servicesDir, String module, Path home, List<String> properties)
            throws IOException {
        Path jar = jar(servicesDir, module);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: ./mvnw -pl " + module + " -am package -DskipTests");
        }
        return start(Path.of(javaBinary()), jar, home, properties);
    }

    /** As above, with a given {@code java} binary (another JDK) and a given {@code quarkus-run.jar}. */
    public static PackagedService start(Path java, Path jar, Path home, List<String> properties) throws IOException {
        int port = freePort();
        List<String> command =
                new ArrayList<>(List.of(java.toString(), "-Duser.home=" + home, "-Dquarkus.http.port=" + port));
        properties.forEach(property -> command.add(property.startsWith("-") ? property : "-D" + property));
        command.addAll(List.of("-jar", jar.toString()));
        Path log = Files.createTempFile("service", ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new PackagedService(process, port, log);
    }

    /**
     * On a configured database, verifying tokens with the test-only key (a configured database
     * refuses the dev-only one), so tests sign with {@code TestTokens}.
     */
    public static PackagedService startOnDatabase(
            Path servicesDir, String module, TestDatabase database, String... extra) throws IOException {
        Path home = Files.createTempDirectory(module);
        Path publicKey = home.resolve("publicKey.pem");
        try (InputStream key = PackagedService.class.getClassLoader().getResourceAsStream("test-keys/publicKey.pem")) {
            Files.copy(key, publicKey, StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> properties = new ArrayList<>(List.of(
                "quarkus.datasource.jdbc.url=" + database.jdbcUrl(),
                "quarkus.datasource.username=" + database.username(),
                "quarkus.datasource.password=" + database.password(),
                "mp.jwt.verify.publickey.location=" + publicKey.toUri()));
        properties.addAll(List.of(extra));
        return start(servicesDir, module, home, properties);
    }

    /** Polls readiness until it is UP; returns how long that took since the process started. */
    public Duration awaitReady(Duration limit) throws IOException, InterruptedException {
        return awaitReadiness(200, limit);
    }

    /**
     * Polls readiness until it answers {@code expectedStatus} (503 while migrations are pending, 200
     * when up to date); returns how long that took since the process started.
     */
    public Duration awaitReadiness(int expectedStatus, Duration limit) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long start = process.info().startInstant().map(i -> i.toEpochMilli()).orElse(System.currentTimeMillis());
        long deadline = System.currentTimeMillis() + limit.toMillis();
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited: " + log());
            }
            try {
                HttpResponse<Void> ready = client.send(
                        HttpRequest.newBuilder(uri("/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == expectedStatus) {
                    return Duration.ofMillis(System.currentTimeMillis() - start);
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(20);
        }
        throw new AssertionError("readiness did not answer " + expectedStatus + " within " + limit + ": " + log());
    }

    /** Waits for the process to end by itself and returns its exit code. */
    public int awaitExit(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the service did not exit within " + limit);
        }
        return process.exitValue();
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook runs, as with the OOM killer or {@code kill -9}. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    /** What a CLI command run printed on standard output, and its exit code. */
    public record CommandResult(int exitCode, String out, String err) {}

    /** Runs {@code java -jar <module jar> args...} with {@code home} as the user's home, to its end. */
    public static CommandResult runCommand(String module, Path home, String... args)
            throws IOException, InterruptedException {
        return runCommand(module, home, List.of(), args);
    }

    /** As above, with {@code properties} ({@code name=value}) as the JVM's system properties. */
    public static CommandResult runCommand(String module, Path home, List<String> properties, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Duser.home=" + home));
        properties.forEach(property -> command.add("-D" + property));
        command.add("-jar");
        command.add(jar(servicesDir(), module).toString());
        command.addAll(List.of(args));
        Path err = Files.createTempFile(module, ".err");
        Process process = new ProcessBuilder(command)
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", args) + " did not finish within 120 s");
        }
        return new CommandResult(process.exitValue(), out, Files.readString(err));
    }

    /**
     * {@code "Bearer <token>"} with role migration-admin for this service, minted by its own {@code POST
     * /api/dev/token} (served on the local database only).
     */
    public String adminAuthorization() {
        return "Bearer "
                + given().baseUri(uri("").toString())
                        .post("/api/dev/token")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("token");
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
