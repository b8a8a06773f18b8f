package io.fieldguide.migration.api;

import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/migrations}; optional, an empty body applies everything pending. */
@Schema(description = "Apply pending migrations, all or up to a target")
public record MigrateRequest(
        @Schema(description = "Version or name to stop at, e.g. 2 or 2_add_client_id", examples = "2")
                @Pattern(regexp = "[\\w.]{1,200}", message = "must be a migration version or name")
                String target,
        @Schema(description = "Return the SQL that would run without running it") Boolean dryRun) {

    boolean isDryRun() {
        return Boolean.TRUE.equals(dryRun);
    }
}
