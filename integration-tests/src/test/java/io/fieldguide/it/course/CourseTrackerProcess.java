package io.fieldguide.it.course;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged course-tracker ({@code java -jar quarkus-run.jar}) on a configured database, in its own process. */
final class CourseTrackerProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private CourseTrackerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static Path jar(Path repository) {
        return repository.resolve("course-tracker/target/quarkus-app/quarkus-run.jar");
    }

    static CourseTrackerProcess start(Path repository, List<String> properties) throws IOException {
        Path jar = jar(repository);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package course-tracker first");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path home = Files.createTempDirectory("course-bench-home");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home,
                "-Dquarkus.http.port=" + port));
        properties.forEach(property -> command.add("-D" + property));
        command.addAll(List.of("-jar", jar.toString()));
        Path log = Files.createTempFile("course-tracker-bench", ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new CourseTrackerProcess(process, port, log);
    }

    void awaitReady(Duration limit) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.currentTimeMillis() + limit.toMillis();
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("course-tracker exited: " + Files.readString(log));
            }
            try {
                HttpResponse<Void> ready = client.send(
                        HttpRequest.newBuilder(uri("/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("course-tracker not ready within " + limit + ": " + Files.readString(log));
    }

    /** Waits for the process to end by itself and returns its exit code. */
    int awaitExit(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("course-tracker did not exit within " + limit);
        }
        return process.exitValue();
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
