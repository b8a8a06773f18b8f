package io.fieldguide.migration.testing.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads every operation of a served OpenAPI document, so a new endpoint is probed with no new code. */
final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;

    private OpenApiOperations(JsonNode document) {
        this.document = document;
    }

    static List<ProbeOperation> read(String openApiJson) {
        try {
            return new OpenApiOperations(JSON.readTree(openApiJson)).operations();
        } catch (IOException e) {
            throw new UncheckedIOException("The served OpenAPI document is not JSON", e);
        }
    }

    private List<ProbeOperation> operations() {
        List<ProbeOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        document.path("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (METHODS.contains(method.getKey())) {
                    operations.add(operation(method.getKey(), path.getKey(), path.getValue(), method.getValue()));
                }
            }
        }
        return operations;
    }

    private ProbeOperation operation(String method, String path, JsonNode pathItem, JsonNode operation) {
        List<ProbeOperation.ProbeParameter> parameters = new ArrayList<>();
        for (JsonNode source : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : source) {
                JsonNode resolved = resolve(parameter);
                String in = resolved.path("in").asText();
                if (in.equals("path") || in.equals("query")) {
                    JsonNode schema = resolve(resolved.path("schema"));
                    parameters.add(new ProbeOperation.ProbeParameter(
                            resolved.path("name").asText(), in, text(schema, "type"), text(schema, "format")));
                }
            }
        }
        JsonNode json = resolve(operation.path("requestBody")).path("content").path("application/json");
        if (json.isMissingNode()) {
            return new ProbeOperation(method, path, parameters, null, null);
        }
        JsonNode schema = resolveDeep(json.path("schema"), 0);
        return new ProbeOperation(method, path, parameters, schema, baseBody(json, schema));
    }

    /** The documented example when it is a JSON object, else an object built from the schema. */
    private static JsonNode baseBody(JsonNode content, JsonNode schema) {
        List<JsonNode> candidates = new ArrayList<>();
        candidates.add(content.path("example"));
        content.path("examples").elements().forEachRemaining(example -> candidates.add(example.path("value")));
        for (JsonNode candidate : candidates) {
            JsonNode parsed = candidate;
            if (candidate.isTextual()) {
                try {
                    parsed = JSON.readTree(candidate.asText());
                } catch (IOException e) {
                    continue;
                }
            }
            if (parsed != null && parsed.isObject()) {
                return parsed;
            }
        }
        return SampleValues.of(schema);
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
            String[] parts =
                    current.path("$ref").asText().replaceFirst("^#/", "").split("/");
            JsonNode target = document;
            for (String part : parts) {
                target = target.path(part);
            }
            current = target;
        }
        return current;
    }

    /** The schema with every reference inlined, a few levels deep (enough for request bodies). */
    private JsonNode resolveDeep(JsonNode node, int depth) {
        JsonNode resolved = resolve(node);
        if (depth > 6 || !(resolved.isObject() || resolved.isArray())) {
            return resolved;
        }
        if (resolved.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            resolved.forEach(element -> copy.add(resolveDeep(element, depth + 1)));
            return copy;
        }
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        resolved.fields().forEachRemaining(field -> copy.set(field.getKey(), resolveDeep(field.getValue(), depth + 1)));
        return copy;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isArray()) {
            for (JsonNode type : value) {
                if (!"null".equals(type.asText())) {
                    return type.asText();
                }
            }
        }
        return value.isTextual() ? value.asText() : null;
    }
}
