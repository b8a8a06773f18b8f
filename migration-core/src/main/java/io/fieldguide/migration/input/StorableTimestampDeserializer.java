package io.fieldguide.migration.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;

/** Wraps Jackson's java.time deserializers so a body's timestamp must be {@link StorableTimestamps storable}. */
final class StorableTimestampDeserializer extends DelegatingDeserializer {

    private static final Set<Class<?>> TIMESTAMPS =
            Set.of(Instant.class, OffsetDateTime.class, ZonedDateTime.class, LocalDateTime.class, LocalDate.class);

    StorableTimestampDeserializer(JsonDeserializer<?> delegate) {
        super(delegate);
    }

    /** Applies the wrapper to every java.time type that becomes a {@code timestamptz} or {@code date}. */
    static final class Modifier extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
            return TIMESTAMPS.contains(description.getBeanClass())
                    ? new StorableTimestampDeserializer(deserializer)
                    : deserializer;
        }
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
        return new StorableTimestampDeserializer(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        Object value = super.deserialize(parser, context);
        if (value != null && !StorableTimestamps.storable(instant(value))) {
            throw InvalidFormatException.from(
                    parser, "Timestamp " + value + " " + StorableTimestamps.RULE, value, handledType());
        }
        return value;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return ((LocalDate) value).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
