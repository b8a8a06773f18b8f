package io.fieldguide.lots.production;

import io.fieldguide.lots.quality.QualityStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Production's request and answer bodies. */
public final class RunViews {

    private RunViews() {}

    public record StartRun(
            @NotBlank @Size(max = 100) String batchNumber,
            @Positive Long recipeId,
            @NotNull @Positive Long outputIngredientId,
            @NotNull @Positive @Digits(integer = 11, fraction = 3) BigDecimal plannedQuantity,
            @NotBlank @Size(max = 20) String unitOfMeasure,
            @NotBlank @Size(max = 500) String location) {}

    public record Consumption(
            @NotBlank @Size(max = 100) String lotCode,
            @NotNull @Positive @Digits(integer = 11, fraction = 3) BigDecimal quantity) {}

    /** Quantities of one or more lots put into the run, all or nothing. */
    public record Consume(@NotEmpty @Size(max = 100) List<@Valid @NotNull Consumption> items) {}

    /** The run's output becomes a lot of its own (its traceability lot code, FSMA 204 1.1350). */
    public record CompleteRun(
            @NotNull @Positive @Digits(integer = 11, fraction = 3) BigDecimal outputQuantity,
            @Size(max = 100) String outputLotCode,
            QualityStatus qualityStatus) {}

    public record InputView(String lotCode, String ingredientName, BigDecimal quantity, String unitOfMeasure) {}

    public record RunView(
            long id,
            String batchNumber,
            Long recipeId,
            BatchStatus status,
            QualityStatus qualityStatus,
            BigDecimal plannedQuantity,
            BigDecimal actualQuantity,
            String unitOfMeasure,
            String location,
            Instant actualStartTime,
            Instant actualEndTime,
            String startedBy,
            String completedBy,
            List<InputView> inputs,
            String outputLotCode) {}
}
