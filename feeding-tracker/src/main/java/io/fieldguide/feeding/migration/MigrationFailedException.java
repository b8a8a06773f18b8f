package io.fieldguide.feeding.migration;

import io.fieldguide.migration.run.MigrationStep;

/** run-migration stopped at a failed step (rolled back and recorded by the core): a server fault, 500. */
public class MigrationFailedException extends RuntimeException {

    private final MigrationStep failedStep;

    public MigrationFailedException(MigrationStep failedStep) {
        super("Migration " + failedStep.name() + " failed: " + failedStep.errorMessage());
        this.failedStep = failedStep;
    }

    public MigrationStep failedStep() {
        return failedStep;
    }
}
