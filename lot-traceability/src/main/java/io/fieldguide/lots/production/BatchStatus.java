package io.fieldguide.lots.production;

/** The guide's batch_status: a production run's life. */
public enum BatchStatus {
    PLANNED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED
}
