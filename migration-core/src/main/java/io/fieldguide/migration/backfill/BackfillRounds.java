package io.fieldguide.migration.backfill;

/**
 * What {@link BackfillService#runUntilNoneRemain} did: the job's progress after the last walk
 * (null when nothing needed a walk and the job never ran), how many walks it made, and the rows
 * they changed together.
 */
public record BackfillRounds(BackfillProgress last, int rounds, long rowsChanged) {

    /** True unless the last walk stopped before the end (cancelled, failed). */
    public boolean finished() {
        return last == null || last.isFinished();
    }
}
