package io.fieldguide.migration.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Jackson's string deserializer that refuses the NUL character: PostgreSQL {@code text} cannot
 * store it, so valid JSON carrying {@code \u0000} would otherwise fail in the database as a 500.
 */
final class NulFreeStringDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw context.weirdStringException(
                    value.replace('\u0000', '?'), String.class, "must not contain the NUL character (\\u0000)");
        }
        return value;
    }
}
