package io.fieldguide.lots.epcis;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** GS1's EPCIS 2.0 JSON Schema (vendored in src/test/resources/epcis), formats asserted (uri, date-time). */
final class EpcisSchema {

    private static final Schema SCHEMA = load();

    private EpcisSchema() {}

    /** The schema's complaints about a document or event, as readable lines; empty when it is valid. */
    static List<String> violations(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream()
                .map(Error::toString)
                .toList();
    }

    private static Schema load() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_7,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true)
                        .build()));
        try (InputStream schema = EpcisSchema.class.getResourceAsStream("/epcis/EPCIS-JSON-Schema.json")) {
            return registry.getSchema(schema, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
