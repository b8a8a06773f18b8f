package io.fieldguide.protein.meals;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A meal entry as the API shows it; mealDate is its day in the user's time zone when it was written. */
@Schema(description = "A meal entry")
public record Meal(
        long id,
        @Schema(nullable = true, description = "the web app's id, for imported meals") String sourceId,
        String description,
        BigDecimal proteinGrams,
        @Schema(nullable = true, description = "null when unknown") BigDecimal calories,
        @Schema(
                        nullable = true,
                        enumeration = {"breakfast", "lunch", "dinner", "snack"})
                String mealType,
        Instant mealTimestamp,
        LocalDate mealDate,
        Instant createdAt,
        Instant updatedAt) {

    static final String COLUMNS = "id, source_id, description, protein_grams, calories, meal_type, meal_timestamp,"
            + " meal_date, created_at, updated_at";

    static Meal of(ResultSet row) throws SQLException {
        return new Meal(
                row.getLong("id"),
                row.getString("source_id"),
                row.getString("description"),
                row.getBigDecimal("protein_grams"),
                row.getBigDecimal("calories"),
                row.getString("meal_type"),
                row.getTimestamp("meal_timestamp").toInstant(),
                row.getObject("meal_date", LocalDate.class),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant());
    }
}
