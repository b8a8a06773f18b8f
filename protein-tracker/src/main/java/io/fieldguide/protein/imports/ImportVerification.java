package io.fieldguide.protein.imports;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A bulk import checked against its source: for every imported line (one user's export), the
 * records the import rules keep, counted and checksummed, against the user's rows in the database;
 * and every daily summary of the user equal to the sum of its meals.
 *
 * @param verified true when every user matches
 */
@Schema(description = "A bulk import's records in the source against the database, per user")
public record ImportVerification(
        long jobId,
        @Schema(enumeration = {"running", "completed", "failed"}) String state,
        boolean verified,
        int usersChecked,
        int usersMatching,
        int linesRejected,
        @Schema(description = "lines whose batch has not committed yet") int linesPending,
        List<UserVerification> users) {

    /**
     * One user's export against the database. The checksums are SHA-256 over the kept meals' values
     * (id, description, protein, calories, type, time in epoch ms, day), one line each, sorted.
     *
     * @param mealsMissing kept meals of the source without a row
     * @param mealsDiffering rows whose values differ from the source's
     * @param summariesWrong days whose summary is not the sum of the user's meals that day (or is missing)
     */
    @Schema(description = "One user's export against their rows")
    public record UserVerification(
            int lineNo,
            String email,
            String userId,
            int mealsInSource,
            int mealsInDatabase,
            int mealsMissing,
            int mealsDiffering,
            String sourceChecksum,
            String databaseChecksum,
            int favoritesInSource,
            int favoritesInDatabase,
            int summariesWrong,
            boolean matches) {}
}
