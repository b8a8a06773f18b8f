package io.fieldguide.it.protein;

import io.fieldguide.it.PackagedService;
import io.restassured.path.json.JsonPath;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Submits NDJSON files to {@code POST /api/imports} as an admin and waits for each job to end,
 * one file at a time: the service's body limit (10 MB) means a large import is several files.
 */
final class BulkImportClient {

    /** What the finished jobs reported, summed. */
    record Imported(int jobs, long lines, long users, long meals, long rejected) {
        Imported plus(JsonPath job) {
            return new Imported(
                    jobs + 1,
                    lines + job.getLong("linesDone"),
                    users + job.getLong("usersImported"),
                    meals + job.getLong("mealsImported"),
                    rejected + job.getLong("linesRejected"));
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final PackagedService service;
    private final String adminToken;

    BulkImportClient(PackagedService service, String adminToken) {
        this.service = service;
        this.adminToken = adminToken;
    }

    /** Imports users in files of {@code usersPerFile}; returns when the last job has completed. */
    Imported importAll(MealHistory history, int usersPerFile, int batchSize) throws Exception {
        Imported imported = new Imported(0, 0, 0, 0, 0);
        for (int from = 0; from < history.users(); from += usersPerFile) {
            String file = history.ndjson(from, Math.min(history.users(), from + usersPerFile));
            JsonPath done = awaitEnd(submit(file, batchSize));
            if (!"completed".equals(done.getString("state"))) {
                throw new IllegalStateException("bulk import did not complete: " + done.prettify());
            }
            imported = imported.plus(done);
            System.out.printf(
                    "  %,d users, %,d meals imported (%d jobs)%n", imported.users(), imported.meals(), imported.jobs());
        }
        return imported;
    }

    private long submit(String ndjson, int batchSize) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(service.uri("/api/imports?batchSize=" + batchSize))
                        .header("Authorization", "Bearer " + adminToken)
                        .header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofString(ndjson, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException(
                    "POST /api/imports answered " + response.statusCode() + ": " + response.body());
        }
        return JsonPath.from(response.body()).getLong("id");
    }

    private JsonPath awaitEnd(long job) throws Exception {
        while (true) {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(service.uri("/api/imports/" + job))
                            .header("Authorization", "Bearer " + adminToken)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonPath progress = JsonPath.from(response.body());
            if (!"running".equals(progress.getString("state"))) {
                return progress;
            }
            Thread.sleep(50);
        }
    }
}
