package io.fieldguide.protein.meals;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A meal to create or to replace an existing one with; the ranges are the import's. */
@Schema(description = "A meal to write")
public record MealInput(
        @Schema(examples = "Chicken breast, rice & broccoli") @NotBlank @Size(max = 500) String description,
        @Schema(examples = "42.5") @NotNull @DecimalMin("0") @DecimalMax("500") @Digits(integer = 3, fraction = 1)
                BigDecimal proteinGrams,
        @Schema(nullable = true, examples = "610")
                @DecimalMin("0")
                @DecimalMax("10000")
                @Digits(integer = 5, fraction = 1)
                BigDecimal calories,
        @Schema(
                        nullable = true,
                        enumeration = {"breakfast", "lunch", "dinner", "snack"})
                @Pattern(regexp = "breakfast|lunch|dinner|snack")
                String mealType,
        @Schema(examples = "2024-03-02T12:00:00Z") @NotNull Instant mealTimestamp) {}
