package io.fieldguide.it.localdb;

import io.fieldguide.it.PackagedService;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One writer that creates feeding records through the service's API as fast as it answers, and
 * remembers exactly which ones the service acknowledged (201): those are committed, so they must
 * survive whatever happens to the service or its database afterwards. One request is in flight at a
 * time, so at most one unacknowledged row may exist besides them.
 */
final class FeedingWriter implements AutoCloseable {

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    private FeedingWriter(PackagedService service, String prefix) {
        thread = new Thread(() -> write(service, prefix), "feeding-writer");
        thread.start();
    }

    static FeedingWriter start(PackagedService service, String prefix) {
        return new FeedingWriter(service, prefix);
    }

    private void write(PackagedService service, String prefix) {
        while (running.get()) {
            String notes = prefix + "-" + attempts.incrementAndGet();
            String body =
                    "{\"feeding_time\":\"2025-01-01T12:00:00Z\",\"food_type\":\"formula\",\"notes\":\"" + notes + "\"}";
            try {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(service.uri("/api/feedings"))
                                .timeout(Duration.ofSeconds(5))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    acknowledged.put(notes, "formula");
                } else {
                    failures.incrementAndGet();
                }
            } catch (Exception e) {
                failures.incrementAndGet();
                pause();
            }
        }
    }

    /** Waits until {@code count} more rows are acknowledged (or fails after a minute). */
    void awaitAcknowledged(int count) throws InterruptedException {
        int target = acknowledged.size() + count;
        long deadline = System.currentTimeMillis() + 60_000;
        while (acknowledged.size() < target) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("only " + acknowledged.size() + " rows acknowledged, wanted " + target);
            }
            Thread.sleep(10);
        }
    }

    Map<String, String> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    int failures() {
        return failures.get();
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(30_000);
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
