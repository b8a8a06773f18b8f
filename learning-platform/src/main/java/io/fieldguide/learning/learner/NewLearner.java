package io.fieldguide.learning.learner;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A learner to register; the same rules as the table's checks, answered as 400s before SQL. */
public record NewLearner(
        @NotBlank
                @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be an email address")
                @Size(max = 320)
                @Schema(examples = "ana@example.org")
                String email,
        @JsonProperty("display_name") @Size(max = 200) @Schema(examples = "Ana") String displayName,
        @JsonProperty("country_code")
                @NotBlank
                @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as PT")
                @Schema(examples = "PT")
                String countryCode) {}
