package io.fieldguide.lots.receiving;

/** A lot's life: received (AVAILABLE), partly used, used up, past its date. */
public enum LotStatus {
    AVAILABLE,
    IN_USE,
    DEPLETED,
    EXPIRED
}
