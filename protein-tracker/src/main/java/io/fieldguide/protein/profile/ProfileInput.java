package io.fieldguide.protein.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole editable part of my account (PUT replaces it: a missing name clears it). */
@Schema(description = "My account's editable fields")
public record ProfileInput(
        @Schema(examples = "ana_s") @NotBlank @Pattern(regexp = "[A-Za-z0-9_.-]{3,64}") String username,
        @Schema(nullable = true, examples = "Ana") @Size(max = 100) String firstName,
        @Schema(nullable = true, examples = "Silva") @Size(max = 100) String lastName,
        @Schema(nullable = true, examples = "https://example.com/avatars/ana.png")
                @Size(max = 2048)
                @Pattern(regexp = "https://\\S+", message = "must be an https:// address")
                String avatar,
        @Schema(examples = "true") @NotNull Boolean hasCompletedOnboarding) {}
