package io.fieldguide.it.course;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldguide.it.PackagedService;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** The same phases through the service's migration API, as an operator's curl would run them. */
final class ApiMigrations {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PackagedService service;
    private final String token;
    private final HttpClient client = HttpClient.newHttpClient();

    ApiMigrations(PackagedService service, String token) {
        this.service = service;
        this.token = token;
    }

    /** {@code POST /api/migrations}: everything pending. */
    StepTimes up() throws IOException, InterruptedException {
        return post("/api/migrations", "{}");
    }

    /** {@code POST /api/migrations/rollback {"target": ...}}: everything above the target. */
    StepTimes downTo(String target) throws IOException, InterruptedException {
        return post("/api/migrations/rollback", "{\"target\": \"" + target + "\"}");
    }

    private StepTimes post(String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(service.uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long wall = (System.nanoTime() - start) / 1_000_000;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        List<StepTimes.Step> steps = new ArrayList<>();
        for (JsonNode result : JSON.readTree(response.body()).path("results")) {
            steps.add(new StepTimes.Step(
                    result.path("name").asText(), result.path("durationMs").asLong()));
        }
        return new StepTimes(wall, steps);
    }
}
