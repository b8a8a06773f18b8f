package io.fieldguide.migration.testing.probe;

import com.fasterxml.jackson.databind.JsonNode;

/** A schema's JSON type, also when OpenAPI 3.1 lists it with "null" or leaves it implicit. */
final class SchemaTypes {

    private SchemaTypes() {}

    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode candidate : type) {
                if (!"null".equals(candidate.asText())) {
                    return candidate.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return "string";
    }
}
