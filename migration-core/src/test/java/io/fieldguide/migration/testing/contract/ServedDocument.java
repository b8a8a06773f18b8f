package io.fieldguide.migration.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The OpenAPI document the service under test serves, kept in {@code target/openapi/} for tools and readers. */
public final class ServedDocument {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String json;
    private final JsonNode root;

    private ServedDocument(String json) throws IOException {
        this.json = json;
        this.root = JSON.readTree(json);
    }

    /** Reads {@code /q/openapi} of the service under test (REST Assured's port). */
    public static ServedDocument read() throws IOException {
        String json = RestAssured.given()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return new ServedDocument(json);
    }

    /** Writes the document to {@code target/openapi/<title>.json} and returns that path. */
    public Path save() throws IOException {
        Path file = Path.of("target", "openapi", root.path("info").path("title").asText("service") + ".json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
        return file.toAbsolutePath();
    }

    /** Every response body the document declares without a schema, as "GET /path 200 application/json". */
    public List<String> responsesWithoutSchema() {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                for (Map.Entry<String, JsonNode> response :
                        operation.getValue().path("responses").properties()) {
                    for (Map.Entry<String, JsonNode> media :
                            response.getValue().path("content").properties()) {
                        if (!media.getValue().has("schema")) {
                            missing.add(operation.getKey().toUpperCase() + " " + path.getKey() + " " + response.getKey()
                                    + " " + media.getKey());
                        }
                    }
                }
            }
        }
        return missing;
    }
}
