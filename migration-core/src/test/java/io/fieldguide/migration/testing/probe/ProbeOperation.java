package io.fieldguide.migration.testing.probe;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One operation of the served OpenAPI document, as the probe needs it: where it is, its
 * parameters, and the JSON body it takes (schema with references resolved, and a body to start
 * from: the documented example, else one built from the schema).
 */
record ProbeOperation(
        String method, String path, List<ProbeParameter> parameters, JsonNode bodySchema, JsonNode baseBody) {

    boolean takesBody() {
        return bodySchema != null;
    }

    String name() {
        return method.toUpperCase(java.util.Locale.ROOT) + " " + path;
    }

    /** A path or query parameter with its schema type and format (either may be null). */
    record ProbeParameter(String name, String in, String type, String format) {

        boolean inPath() {
            return "path".equals(in);
        }
    }
}
