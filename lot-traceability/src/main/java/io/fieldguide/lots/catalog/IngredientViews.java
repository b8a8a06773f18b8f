package io.fieldguide.lots.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/** The catalog's request and answer bodies. */
public final class IngredientViews {

    private IngredientViews() {}

    public record NewIngredient(
            @NotBlank @Size(max = 200) String name,
            @NotNull IngredientType type,
            @NotBlank @Size(max = 20) String unitOfMeasure) {}

    /** An ingredient with the stock its lots hold now (the sum of their quantities on hand). */
    public record IngredientView(
            long id,
            String name,
            IngredientType type,
            String unitOfMeasure,
            BigDecimal stockOnHand,
            Instant createdAt) {}
}
