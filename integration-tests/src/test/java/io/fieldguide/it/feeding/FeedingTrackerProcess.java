package io.fieldguide.it.feeding;

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

/**
 * The packaged feeding tracker ({@code java -jar quarkus-run.jar}) on a given database, verifying
 * tokens with the test-only key (a configured database refuses the dev-only one).
 */
final class FeedingTrackerProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private FeedingTrackerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** On a configured database, verifying tokens with the test-only key. */
    static FeedingTrackerProcess start(Path servicesDir, TestDatabase database) throws Exception {
        Path home = Files.createTempDirectory("feeding-tracker");
        Path publicKey = home.resolve("publicKey.pem");
        try (InputStream key =
                FeedingTrackerProcess.class.getClassLoader().getResourceAsStream("test-keys/publicKey.pem")) {
            Files.copy(key, publicKey, StandardCopyOption.REPLACE_EXISTING);
        }
        return start(
                servicesDir,
                home,
                List.of(
                        "quarkus.datasource.jdbc.url=" + database.jdbcUrl(),
                        "quarkus.datasource.username=" + database.username(),
                        "quarkus.datasource.password=" + database.password(),
                        "mp.jwt.verify.publickey.location=" + publicKey.toUri()),
                200);
    }

    /**
     * With nothing but {@code properties} configured, in a fresh home folder (so an embedded
     * PostgreSQL starts from nothing), waiting until readiness answers {@code readyStatus} (503
     * while migrations are pending, 200 when up to date).
     */
    static FeedingTrackerProcess start(Path servicesDir, Path home, List<String> properties, int readyStatus)
            throws Exception {
        Path jar = servicesDir.resolve("feeding-tracker/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: ./mvnw -pl feeding-tracker -am package -DskipTests");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home,
                "-Dquarkus.http.port=" + port));
        properties.forEach(property -> command.add("-D" + property));
        command.addAll(List.of("-jar", jar.toString()));
        Path log = home.resolve("feeding-tracker.log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        FeedingTrackerProcess service = new FeedingTrackerProcess(process, port, log);
        service.awaitReadiness(readyStatus, Duration.ofSeconds(90));
        return service;
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    private void awaitReadiness(int expected, Duration limit) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.currentTimeMillis() + limit.toMillis();
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited: " + Files.readString(log));
            }
            try {
                if (client.send(
                                        HttpRequest.newBuilder(uri("/q/health/ready"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == expected) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("not ready within " + limit + ": " + Files.readString(log));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
