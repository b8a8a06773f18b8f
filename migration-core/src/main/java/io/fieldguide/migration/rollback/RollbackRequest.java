package io.fieldguide.migration.rollback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Roll back {@code steps} migrations (default one) or down to {@code target}, which stays applied
 * ({@code 0} undoes everything): what the CLI's {@code rollback} and the body of
 * {@code POST /api/migrations/rollback} say, one type for both.
 *
 * @param allowDataLoss run even though an undo would destroy data it does not restore
 * @param dryRun return the SQL that would run, change nothing
 */
@Schema(description = "Roll back N migrations or down to a target, which stays applied; steps or target, not both")
public record RollbackRequest(
        @Schema(description = "How many of the latest migrations to undo (default 1)") @Min(1) @Max(10_000)
                Integer steps,
        @Schema(description = "Undo everything above this migration (0 undoes all)")
                @Pattern(regexp = "[\\w.]{1,200}", message = "must be a migration version or name")
                String target,
        @Schema(description = "Run even though an undo would destroy data it does not restore") boolean allowDataLoss,
        @Schema(description = "Return the SQL that would run without running it") boolean dryRun) {

    public static RollbackRequest lastStep() {
        return new RollbackRequest(1, null, false, false);
    }

    public static RollbackRequest steps(int steps) {
        return new RollbackRequest(steps, null, false, false);
    }

    public static RollbackRequest downTo(String target) {
        return new RollbackRequest(null, target, false, false);
    }

    public RollbackRequest acceptingDataLoss() {
        return new RollbackRequest(steps, target, true, dryRun);
    }

    public RollbackRequest asDryRun() {
        return new RollbackRequest(steps, target, allowDataLoss, true);
    }
}
