package io.fieldguide.lots;

/**
 * The OpenAPI tags of this service with their descriptions, in one place: a tag shared by two
 * resources must not be described twice (Redocly's tag-description wants one per tag).
 */
public final class ApiTags {

    public static final String INGREDIENTS = "Ingredients";
    public static final String INGREDIENTS_DESCRIPTION =
            "The catalog of ingredients and products, with the stock their lots hold";
    public static final String LOTS = "Lots";
    public static final String LOTS_DESCRIPTION =
            "Receiving lots from suppliers (FSMA 204's receiving event), their mass balance, scrapping";
    public static final String RUNS = "Production runs";
    public static final String RUNS_DESCRIPTION =
            "Production runs: start, consume input lots, complete into an output lot (FSMA 204's transformation event)";
    public static final String SHIPPING = "Pallets and shipments";
    public static final String SHIPPING_DESCRIPTION =
            "Packing lots onto pallets, moving them, shipping them to customers (FSMA 204's shipping event)";
    public static final String HOLDS = "Quality holds";
    public static final String HOLDS_DESCRIPTION =
            "Holds on a lot or a run, quarantining every lot made from it and the pallets that carry them";
    public static final String TRACEABILITY = "Traceability";
    public static final String TRACEABILITY_DESCRIPTION =
            "Traces forward and backward through the lot graph, mock recalls and FSMA 204's sortable spreadsheet";
    public static final String AUDIT = "Audit";
    public static final String AUDIT_DESCRIPTION = "The append-only audit trail of every change to a traced row";

    private ApiTags() {}
}
