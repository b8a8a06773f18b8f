package io.fieldguide.protein.cli;

import io.fieldguide.migration.cli.ExitCode;
import io.fieldguide.migration.cli.ServiceCommand;
import io.fieldguide.protein.imports.BulkImportVerifier;
import io.fieldguide.protein.imports.ImportVerification;
import io.fieldguide.protein.imports.ImportVerification.UserVerification;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code verify-import JOB}: the bulk import's verification ({@code GET /api/imports/{id}/verification})
 * from a shell, for a script or an operator who has no token at hand.
 */
@Dependent
@Command(
        name = "verify-import",
        description = {
            "Check bulk import JOB against the database: per user, the export's meals (count and SHA-256)"
                    + " and favourites against the rows, and every daily summary against the sum of its meals.",
            "Exit 0 when every user matches, 1 when one does not or the job has lines still pending,"
                    + " 2 for an unknown job."
        })
public class VerifyImportCommand extends ServiceCommand {

    private static final int USERS_LISTED = 20;

    @Inject
    BulkImportVerifier verifier;

    @Parameters(paramLabel = "JOB", description = "The bulk import's id (POST /api/imports answered it).")
    long jobId;

    @Override
    public Integer call() {
        ImportVerification verification = verifier.verify(jobId);
        document(verification);
        line(
                "Bulk import %d (%s): %d of %d users match, %d lines rejected, %d pending",
                verification.jobId(),
                verification.state(),
                verification.usersMatching(),
                verification.usersChecked(),
                verification.linesRejected(),
                verification.linesPending());
        verification.users().stream()
                .filter(user -> !user.matches())
                .limit(USERS_LISTED)
                .forEach(user -> line("  line %d %s: %s", user.lineNo(), user.email(), mismatch(user)));
        if (verification.verified()) {
            line("Verified.");
            return ExitCode.OK;
        }
        errorLine("bulk import " + jobId + " does not verify"
                + (verification.linesPending() > 0 ? ": lines still pending" : ""));
        return ExitCode.FAILED;
    }

    private static String mismatch(UserVerification user) {
        return "meals %d in the export, %d in the database (%d missing, %d differing), favourites %d/%d, %d wrong summaries"
                .formatted(
                        user.mealsInSource(),
                        user.mealsInDatabase(),
                        user.mealsMissing(),
                        user.mealsDiffering(),
                        user.favoritesInSource(),
                        user.favoritesInDatabase(),
                        user.summariesWrong());
    }
}
