package io.fieldguide.protein.favorites;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A favourite meal, optionally linked to the meal entry it was saved from. */
@Schema(description = "A favourite meal")
public record Favorite(
        long id,
        String name,
        BigDecimal proteinGrams,
        @Schema(nullable = true) BigDecimal calories,
        @Schema(nullable = true, description = "the meal it was saved from; null once that meal is deleted")
                Long mealId,
        Instant createdAt) {}
