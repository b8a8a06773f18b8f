package io.fieldguide.protein.auth;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/auth/login}. */
public record Credentials(
        @Schema(examples = "ana.silva@example.com") @NotBlank @Email @Size(max = 320) String email,
        @Schema(examples = "correct horse battery staple") @NotBlank @Size(max = 200) String password) {}
