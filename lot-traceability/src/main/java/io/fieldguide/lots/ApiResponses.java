package io.fieldguide.lots;

/** Descriptions shared by the resources' OpenAPI error responses. */
public final class ApiResponses {

    public static final String BAD_INPUT =
            "Invalid input (a negative quantity, a wrong enum value, a malformed date, bad JSON), nothing written";
    public static final String NO_TOKEN = "No valid token";
    public static final String NOT_OPERATOR = "The caller is not a " + LotRoles.OPERATOR;
    public static final String NOT_QUALITY = "The caller is not a " + LotRoles.QUALITY;

    private ApiResponses() {}
}
