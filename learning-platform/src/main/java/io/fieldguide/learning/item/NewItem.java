package io.fieldguide.learning.item;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An item to add. {@code difficulty} is the starting estimate on the learners' logit scale (0 is
 * an average learner's 50 % chance); the model moves it with every answer.
 */
public record NewItem(
        @NotNull ItemKind kind,
        @NotBlank @Size(max = 200) @Schema(examples = "arithmetic") String topic,
        @NotBlank @Size(max = 10000) @Schema(examples = "7 x 8 = ?") String prompt,
        @NotNull @Size(max = 10000) @Schema(examples = "56") String answer,
        @DecimalMin("-10") @DecimalMax("10") @Schema(examples = "0.5") Double difficulty) {}
