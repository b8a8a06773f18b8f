package io.fieldguide.protein.exports;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One meal as both exports show it; the CSV's columns in this order. */
@JsonPropertyOrder({"date", "time", "description", "proteinGrams", "calories", "mealType", "id"})
public record ExportedMeal(
        LocalDate date,
        Instant time,
        String description,
        BigDecimal proteinGrams,
        BigDecimal calories,
        String mealType,
        long id) {}
