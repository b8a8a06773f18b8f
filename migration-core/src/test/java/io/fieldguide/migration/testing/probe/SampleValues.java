package io.fieldguide.migration.testing.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Plain values of a schema's types, for a body or a parameter the probe does not attack. */
final class SampleValues {

    static final String UUID = "00000000-0000-4000-8000-00000000cafe";
    static final String TIMESTAMP = "2025-01-01T12:00:00Z";
    /** A number no test row has: a probe request must not land on real data by accident. */
    static final String ID = "987654321";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SampleValues() {}

    static JsonNode of(JsonNode schema) {
        String type = SchemaTypes.type(schema);
        String format = schema.path("format").asText("");
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), of(p.getValue())));
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(of(schema.path("items")));
                return array;
            }
            case "integer", "number" -> {
                return NODES.numberNode(1);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
                    return schema.path("enum").get(0);
                }
                return NODES.textNode(parameter(format));
            }
        }
    }

    /** A harmless value of a string with this format. */
    static String parameter(String format) {
        return switch (format == null ? "" : format) {
            case "uuid" -> UUID;
            case "date-time" -> TIMESTAMP;
            case "date" -> "2025-01-01";
            case "int32", "int64" -> ID;
            default -> "probe";
        };
    }

    static String parameter(ProbeOperation.ProbeParameter parameter) {
        String type = parameter.type() == null ? "string" : parameter.type();
        return switch (type) {
            case "integer", "number" -> ID;
            case "boolean" -> "true";
            default -> parameter(parameter.format());
        };
    }
}
