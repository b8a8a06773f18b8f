package io.fieldguide.migration.input;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * What every service's request bodies must be, refused by Jackson as a 400 naming the field (see
 * ProblemMappers) before anything reaches the database:
 *
 * <ul>
 *   <li>no key twice in one object ({@code {"notes":"a","notes":"b"}}): which one wins is not
 *       something a client should rely on, and Jackson's record binding fails on it with a 500;
 *   <li>no {@code null} element in an array: every list of the API holds things, not gaps;
 *   <li>no NUL character in a string (PostgreSQL {@code text} refuses it);
 *   <li>no timestamp outside {@link StorableTimestamps} ({@code timestamptz} refuses it).
 * </ul>
 */
@Singleton
public class StrictJsonInput implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        mapper.registerModule(new SimpleModule("fieldguide-strict-input")
                .addDeserializer(String.class, new NulFreeStringDeserializer())
                .setDeserializerModifier(new StorableTimestampDeserializer.Modifier()));
    }
}
