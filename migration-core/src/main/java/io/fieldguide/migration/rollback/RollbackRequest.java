package io.fieldguide.migration.rollback;

/**
 * Roll back {@code steps} migrations (default one) or down to {@code target}, which stays applied
 * ({@code 0} undoes everything).
 *
 * @param allowDataLoss run even though an undo would destroy data it does not restore
 * @param dryRun return the SQL that would run, change nothing
 */
public record RollbackRequest(Integer steps, String target, boolean allowDataLoss, boolean dryRun) {

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
