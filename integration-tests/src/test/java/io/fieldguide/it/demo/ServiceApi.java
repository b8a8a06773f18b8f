package io.fieldguide.it.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldguide.it.PackagedService;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A service's HTTP API as the guides' curl lines use it: an admin token from {@code POST
 * /api/dev/token} (the local database's dev-only key), then JSON in and out.
 */
final class ServiceApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PackagedService service;
    private final HttpClient client = HttpClient.newHttpClient();
    private String token;

    ServiceApi(PackagedService service) {
        this.service = service;
    }

    /** A token with role migration-admin for this service (its audience), minted by the service itself. */
    void login() throws IOException, InterruptedException {
        token = send("POST", "/api/dev/token", "{}").path("token").asText();
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    JsonNode post(String path, String body) throws IOException, InterruptedException {
        return send("POST", path, body);
    }

    /** {@code GET /api/migrations}'s status object. */
    JsonNode status() throws IOException, InterruptedException {
        return get("/api/migrations").path("status");
    }

    int readiness() throws IOException, InterruptedException {
        return exchange("GET", "/q/health/ready", null).statusCode();
    }

    private JsonNode send(String method, String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = exchange(method, path, body);
        if (response.statusCode() / 100 != 2) {
            throw new DemoFailure(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    private HttpResponse<String> exchange(String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.uri(path))
                .timeout(Duration.ofMinutes(10))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
