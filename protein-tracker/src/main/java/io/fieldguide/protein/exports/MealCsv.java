package io.fieldguide.protein.exports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** RFC 4180 CSV with a header row; times ISO 8601 in UTC, unknown calories empty. */
final class MealCsv {

    private static final CsvMapper CSV = CsvMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    private static final CsvSchema SCHEMA = CSV.schemaFor(ExportedMeal.class).withHeader();

    private MealCsv() {}

    static byte[] write(List<ExportedMeal> meals) {
        try {
            return CSV.writer(SCHEMA).writeValueAsString(meals).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the CSV", e);
        }
    }
}
