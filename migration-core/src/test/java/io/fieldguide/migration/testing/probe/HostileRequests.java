package io.fieldguide.migration.testing.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The malformed and hostile variants of one operation: bad path and query values, malformed JSON,
 * wrong types, NUL characters, out-of-range dates and numbers, 1 MB strings, null array elements,
 * repeated keys and a wrong content type. Each changes one thing of an otherwise plain request, so
 * a variant that gets through would really be stored.
 */
final class HostileRequests {

    static final String MEGABYTE = "x".repeat(1 << 20);
    static final List<String> UNSTORABLE_TIMESTAMPS = List.of("+999999999-12-31T23:59:59Z", "-4713-01-01T00:00:00Z");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int NESTING = 2;

    private final ProbeOperation operation;
    private final List<ProbeRequest> requests = new ArrayList<>();

    private HostileRequests(ProbeOperation operation) {
        this.operation = operation;
    }

    static List<ProbeRequest> of(ProbeOperation operation) {
        HostileRequests variants = new HostileRequests(operation);
        variants.parameters();
        if (operation.takesBody()) {
            variants.bodies();
        }
        return variants.requests;
    }

    private void parameters() {
        for (ProbeOperation.ProbeParameter parameter : operation.parameters()) {
            for (Map.Entry<String, String> value : hostileValues(parameter).entrySet()) {
                Map<String, String> overrides = Map.of(parameter.name(), value.getValue());
                String body = operation.takesBody() ? operation.baseBody().toString() : null;
                add(parameter.in() + " " + parameter.name() + " " + value.getKey(), uri(overrides), json(), body);
            }
        }
    }

    /** Encoded values, and a bare {@code %} that cannot be decoded at all. */
    private static Map<String, String> hostileValues(ProbeOperation.ProbeParameter parameter) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("NUL", "%00");
        values.put("bare percent", "%");
        values.put("2000 chars", "x".repeat(2000));
        String type = parameter.type() == null ? "string" : parameter.type();
        switch (type) {
            case "integer", "number" -> {
                values.put("not a number", "abc");
                values.put("fraction", "1.5");
                values.put("beyond long", "99999999999999999999");
                values.put("int max", String.valueOf(Integer.MAX_VALUE));
                values.put("negative", "-1");
            }
            case "boolean" -> values.put("not a boolean", "maybe");
            default -> {
                values.put("not a uuid", "not-a-uuid");
                for (String timestamp : UNSTORABLE_TIMESTAMPS) {
                    values.put("timestamp " + timestamp, encode(timestamp));
                }
            }
        }
        return values;
    }

    private void bodies() {
        String base = operation.baseBody().toString();
        add("malformed JSON", uri(Map.of()), json(), "{\"probe\":");
        add("array instead of object", uri(Map.of()), json(), "[]");
        add("string instead of object", uri(Map.of()), json(), "\"probe\"");
        add("text/plain", uri(Map.of()), "text/plain", base);
        if (operation.baseBody().isObject() && operation.baseBody().size() > 0) {
            String first = operation.baseBody().fieldNames().next();
            String repeated = base.substring(0, base.lastIndexOf('}')) + ",\"" + first + "\":"
                    + operation.baseBody().get(first) + "}";
            add("repeated key " + first, uri(Map.of()), json(), repeated);
        }
        properties(operation.bodySchema(), List.of(), 0);
    }

    /** Attacks each property of the body, then the properties of nested objects and array elements. */
    private void properties(JsonNode schema, List<Object> at, int depth) {
        if (depth > NESTING) {
            return;
        }
        String type = SchemaTypes.type(schema);
        if (type.equals("array")) {
            properties(schema.path("items"), append(at, 0), depth + 1);
            return;
        }
        if (!type.equals("object")) {
            return;
        }
        schema.path("properties").fields().forEachRemaining(property -> {
            List<Object> path = append(at, property.getKey());
            JsonNode propertySchema = property.getValue();
            for (Map.Entry<String, JsonNode> value :
                    hostileValues(propertySchema).entrySet()) {
                add(
                        describe(path) + " " + value.getKey(),
                        uri(Map.of()),
                        json(),
                        mutated(path, value.getValue()).toString());
            }
            properties(propertySchema, path, depth + 1);
        });
    }

    private static Map<String, JsonNode> hostileValues(JsonNode schema) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        String format = schema.path("format").asText("");
        switch (SchemaTypes.type(schema)) {
            case "integer", "number" -> {
                values.put("wrong type", NODES.textNode("abc"));
                values.put("beyond long", NODES.numberNode(new java.math.BigInteger("99999999999999999999")));
            }
            case "boolean" -> values.put("wrong type", NODES.textNode("maybe"));
            case "array" -> {
                values.put("wrong type", NODES.objectNode());
                values.put("null element", NODES.arrayNode().add(NODES.nullNode()));
            }
            case "object" -> values.put("wrong type", NODES.arrayNode().add(1));
            default -> {
                values.put("wrong type", NODES.objectNode().put("probe", 1));
                values.put("NUL", NODES.textNode("probe\u0000"));
                values.put("1 MB", NODES.textNode(MEGABYTE));
                if (format.equals("date-time") || format.equals("date")) {
                    for (String timestamp : UNSTORABLE_TIMESTAMPS) {
                        values.put("timestamp " + timestamp, NODES.textNode(timestamp));
                    }
                }
            }
        }
        return values;
    }

    /** The base body with one value replaced; arrays on the way get a first element if they lack one. */
    private JsonNode mutated(List<Object> path, JsonNode value) {
        JsonNode copy = operation.baseBody().deepCopy();
        JsonNode parent = copy;
        JsonNode schema = operation.bodySchema();
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            schema = step instanceof Integer
                    ? schema.path("items")
                    : schema.path("properties").path((String) step);
            JsonNode next = step instanceof Integer ? parent.path(0) : parent.path((String) step);
            if (!next.isContainerNode()) {
                next = SampleValues.of(schema);
                if (step instanceof Integer) {
                    ((ArrayNode) parent).removeAll().add(next);
                } else {
                    ((ObjectNode) parent).set((String) step, next);
                }
            }
            parent = next;
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer) {
            ((ArrayNode) parent).removeAll().add(value);
        } else if (parent.isObject()) {
            ((ObjectNode) parent).set((String) last, value);
        }
        return copy;
    }

    private String uri(Map<String, String> overrides) {
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (ProbeOperation.ProbeParameter parameter : operation.parameters()) {
            String value = overrides.containsKey(parameter.name())
                    ? overrides.get(parameter.name())
                    : encode(SampleValues.parameter(parameter));
            if (parameter.inPath()) {
                path = path.replace("{" + parameter.name() + "}", value);
            } else if (overrides.containsKey(parameter.name())) {
                query.append(query.length() == 0 ? '?' : '&')
                        .append(encode(parameter.name()))
                        .append('=')
                        .append(value);
            }
        }
        return path + query;
    }

    private void add(String variant, String uri, String contentType, String body) {
        requests.add(new ProbeRequest(operation.name(), variant, operation.method(), uri, contentType, body));
    }

    private static String json() {
        return "application/json";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }

    private static String describe(List<Object> path) {
        StringBuilder text = new StringBuilder("body ");
        for (Object step : path) {
            if (step instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                text.append(text.length() > 5 ? "." : "").append(step);
            }
        }
        return text.toString();
    }
}
