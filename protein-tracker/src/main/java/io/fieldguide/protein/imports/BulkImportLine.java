package io.fieldguide.protein.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One NDJSON line of a bulk import and what became of it; its records' outcomes are in its import's report. */
@Schema(description = "One line of a bulk import and its outcome")
public record BulkImportLine(
        int lineNo,
        @Schema(
                        nullable = true,
                        enumeration = {"imported", "unchanged", "rejected"},
                        description = "null until the line's batch committed")
                String outcome,
        @Schema(nullable = true, description = "why the whole line was rejected") String reason,
        @Schema(nullable = true) String email,
        @Schema(nullable = true) String userId,
        @Schema(nullable = true, description = "the per-user import holding every record's outcome") Long importId,
        int mealsInput,
        int mealsImported,
        int mealsAlreadyImported,
        int mealsMerged,
        int mealsRejected) {}
