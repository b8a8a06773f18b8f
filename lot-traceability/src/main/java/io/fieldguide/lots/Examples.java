package io.fieldguide.lots;

/** OpenAPI examples, in one place. */
public final class Examples {

    public static final String PROBLEM_400 =
            """
            {"type": "https://fieldguide.io/problems/invalid-request", "title": "Bad Request", "status": 400,
             "detail": "quantity must be greater than 0", "errors": [{"field": "quantity", "message": "must be greater than 0"}]}""";
    public static final String PROBLEM_404 =
            """
            {"type": "https://fieldguide.io/problems/not-found", "title": "Not Found", "status": 404, "detail": "No lot FLOUR-2025-001"}""";
    public static final String PROBLEM_409 =
            """
            {"type": "https://fieldguide.io/problems/refused", "title": "Conflict", "status": 409,
             "detail": "Lot FLOUR-2025-001 has 12.000 kg available, 20.000 kg requested"}""";

    public static final String PROBLEM_406 =
            """
            {"type": "https://fieldguide.io/problems/http-406", "title": "Not Acceptable", "status": 406,
             "detail": "HTTP 406 Not Acceptable"}""";

    public static final String INGREDIENT =
            """
            {"name": "Wheat flour T65", "type": "FLOUR", "unitOfMeasure": "kg"}""";
    public static final String RECEIVE_LOT =
            """
            {"ingredientId": 1, "lotCode": "FLOUR-2025-001", "supplierName": "Moulin Dupont", "supplierLotCode": "MD-88812",
             "tlcSource": "Moulin Dupont, 12 rue du Blé, Chartres", "receivedAt": "2025-03-01T07:30:00Z",
             "expiryDate": "2025-09-01", "quantity": 500, "unitOfMeasure": "kg", "qualityStatus": "PASSED",
             "receivingLocation": "Bakery dock 1", "immediatePreviousSource": "Moulin Dupont",
             "referenceDocumentType": "BOL", "referenceDocumentNumber": "BOL-4471"}""";
    public static final String START_RUN =
            """
            {"batchNumber": "B-2025-0301", "outputIngredientId": 7, "plannedQuantity": 800, "unitOfMeasure": "kg",
             "location": "Line 2"}""";
    public static final String CONSUME =
            """
            {"items": [{"lotCode": "FLOUR-2025-001", "quantity": 450}, {"lotCode": "YEAST-2025-014", "quantity": 9}]}""";
    public static final String COMPLETE_RUN =
            """
            {"outputQuantity": 760, "outputLotCode": "BREAD-2025-0301"}""";
    public static final String PACK_PALLET =
            """
            {"palletNumber": "PAL-0301-01", "lotCode": "BREAD-2025-0301", "quantity": 380, "location": "Cold room A"}""";
    public static final String MOVE_PALLET = """
            {"location": "Dispatch bay 3"}""";
    public static final String SHIP =
            """
            {"shipmentNumber": "SH-2025-0042", "customerName": "Café Lumière", "shipToLocation": "Café Lumière, 3 place du Marché, Lyon",
             "palletNumbers": ["PAL-0301-01"], "referenceDocumentType": "BOL", "referenceDocumentNumber": "BOL-9031"}""";
    public static final String PLACE_HOLD =
            """
            {"lotCode": "FLOUR-2025-001", "reason": "Supplier reported possible metal fragments"}""";
    public static final String RELEASE_HOLD =
            """
            {"reason": "Metal detection on retained samples: negative"}""";
    public static final String SCRAP =
            """
            {"quantity": 5, "reason": "SPILLED", "note": "Sack torn by the forklift"}""";

    private Examples() {}
}
