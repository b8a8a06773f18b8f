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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
            @Schema(nullable = true, description = "null when the run follows no recipe") Long recipeId,
            BatchStatus status,
            QualityStatus qualityStatus,
            BigDecimal plannedQuantity,
            @Schema(nullable = true, description = "null until the run is completed") BigDecimal actualQuantity,
            String unitOfMeasure,
            @Schema(nullable = true, description = "null on a run from before the enhancement") String location,
            @Schema(nullable = true, description = "null on a run from before the enhancement that recorded none")
                    Instant actualStartTime,
            @Schema(nullable = true, description = "null until the run is completed") Instant actualEndTime,
            @Schema(nullable = true, description = "null on a run from before the enhancement") String startedBy,
            @Schema(nullable = true, description = "null until the run is completed") String completedBy,
            List<InputView> inputs,
            @Schema(nullable = true, description = "null until the run is completed") String outputLotCode) {}
}
