package io.fieldguide.lots.shipping;

/** A pallet's life: packed, stored, shipped. */
public enum PalletStatus {
    PACKED,
    IN_STORAGE,
    SHIPPED
}
