package io.fieldguide.protein.auth;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/auth/register}. */
public record Registration(
        @Schema(examples = "ana.silva@example.com") @NotBlank @Email @Size(max = 320) String email,
        @Schema(examples = "ana_s") @NotBlank @Pattern(regexp = "[A-Za-z0-9_.-]{3,64}") String username,
        @Schema(examples = "correct horse battery staple") @NotBlank @Size(min = 10, max = 200) String password) {}
