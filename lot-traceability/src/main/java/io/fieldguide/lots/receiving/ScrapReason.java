package io.fieldguide.lots.receiving;

/**
 * Why stock was written off (lot_scraps.reason). UNRECORDED marks scraps made before reasons were
 * recorded (V13) and is refused for a new one; OTHER needs a note.
 */
public enum ScrapReason {
    SPILLED,
    DAMAGED,
    SPOILED,
    EXPIRED,
    CONTAMINATED,
    QUALITY_REJECTED,
    OTHER,
    UNRECORDED
}
