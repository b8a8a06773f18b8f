package io.fieldguide.lots;

/** The roles of this service's tokens: reads need any valid token, writes one of these. */
public final class LotRoles {

    /** Receives lots, runs production, packs and ships pallets. */
    public static final String OPERATOR = "lot-operator";
    /** Places and releases quality holds. */
    public static final String QUALITY = "quality-manager";

    private LotRoles() {}
}
