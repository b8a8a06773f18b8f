package io.fieldguide.lots.quality;

/** The guide's quality_status: a lot's or a run's quality verdict. */
public enum QualityStatus {
    PENDING,
    PASSED,
    FAILED,
    ON_HOLD
}
