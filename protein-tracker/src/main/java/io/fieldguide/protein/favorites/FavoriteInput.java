package io.fieldguide.protein.favorites;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A favourite to save; mealId, when given, must be one of the caller's meals. */
@Schema(description = "A favourite to save")
public record FavoriteInput(
        @Schema(examples = "Protein shake") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "30") @NotNull @DecimalMin("0") @DecimalMax("500") @Digits(integer = 3, fraction = 1)
                BigDecimal proteinGrams,
        @Schema(nullable = true, examples = "160")
                @DecimalMin("0")
                @DecimalMax("10000")
                @Digits(integer = 5, fraction = 1)
                BigDecimal calories,
        @Schema(nullable = true) @Min(1) Long mealId) {}
