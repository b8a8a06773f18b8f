package io.fieldguide.protein.imports;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A bulk import's progress, read from the database (the same on every instance, across restarts).
 * A line is one user's export; it is done once its batch committed.
 *
 * @param usersDone lines imported or unchanged (their user matched or created)
 * @param linesRejected lines rejected as a whole, each with its reason in the job's lines
 */
@Schema(description = "A bulk import's progress: users and meals done, rate, ETA, state")
public record BulkImportProgress(
        long id,
        @Schema(enumeration = {"running", "completed", "failed"}) String state,
        String sourceSha256,
        int batchSize,
        long linesTotal,
        long linesDone,
        double percent,
        long usersDone,
        long usersImported,
        long usersUnchanged,
        long linesRejected,
        long mealsInput,
        long mealsImported,
        long mealsAlreadyImported,
        long mealsMerged,
        long mealsRejected,
        double linesPerSecond,
        double mealsPerSecond,
        @Schema(nullable = true, description = "null until the rate is known") Long etaSeconds,
        String submittedBy,
        Instant createdAt,
        @Schema(nullable = true, description = "null while running") Instant finishedAt,
        @Schema(nullable = true, description = "null unless the job failed") String lastError) {}
