package io.fieldguide.migration.api;

import io.fieldguide.migration.rollback.RollbackRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/migrations/rollback}; empty rolls back the last migration. */
@Schema(description = "Roll back N migrations or down to a target, which stays applied")
public record RollbackBody(
        @Schema(description = "How many of the latest migrations to undo", examples = "1") @Min(1) @Max(10_000)
                Integer steps,
        @Schema(description = "Undo everything above this migration (0 undoes all)", examples = "1")
                @Pattern(regexp = "[\\w.]{1,200}", message = "must be a migration version or name")
                String target,
        @Schema(description = "Run even though an undo would destroy data it does not restore") Boolean allowDataLoss,
        @Schema(description = "Return the SQL that would run without running it") Boolean dryRun) {

    RollbackRequest toRequest() {
        return new RollbackRequest(
                steps == null && target == null ? Integer.valueOf(1) : steps,
                target,
                Boolean.TRUE.equals(allowDataLoss),
                Boolean.TRUE.equals(dryRun));
    }
}
