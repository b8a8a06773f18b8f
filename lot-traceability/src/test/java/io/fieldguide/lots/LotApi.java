package io.fieldguide.lots;

import static io.restassured.RestAssured.given;

import io.fieldguide.migration.testing.TestTokens;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.concurrent.atomic.AtomicLong;

/** The bakery API as the tests call it: one caller per role, and builders for the usual bodies. */
public final class LotApi {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    private LotApi() {}

    /** A name no other test uses: tests share one database and never empty it. */
    public static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }

    public static RequestSpecification operator() {
        return as(TestTokens.forUser("olga-operator", LotRoles.OPERATOR));
    }

    public static RequestSpecification quality() {
        return as(TestTokens.forUser("quentin-quality", LotRoles.QUALITY));
    }

    public static RequestSpecification reader() {
        return as(TestTokens.forUser("rita-reader", "user"));
    }

    public static RequestSpecification anyone() {
        return given().contentType("application/json");
    }

    private static RequestSpecification as(String token) {
        return given().contentType("application/json").header("Authorization", TestTokens.bearer(token));
    }

    public static long ingredient(String name, String type, String unit) {
        return operator()
                .body("""
                        {"name": "%s", "type": "%s", "unitOfMeasure": "%s"}"""
                        .formatted(name, type, unit))
                .post("/api/ingredients")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    public static String receiveBody(long ingredientId, String lotCode, String supplier, String quantity) {
        return """
                {"ingredientId": %d, "lotCode": "%s", "supplierName": "%s", "supplierLotCode": "S-%s",
                 "tlcSource": "%s, Chartres", "receivedAt": "2025-03-01T07:30:00Z", "expiryDate": "2025-09-01",
                 "quantity": %s, "unitOfMeasure": "kg", "qualityStatus": "PASSED", "receivingLocation": "Dock 1",
                 "immediatePreviousSource": "%s", "referenceDocumentType": "BOL", "referenceDocumentNumber": "BOL-%s"}"""
                .formatted(ingredientId, lotCode, supplier, lotCode, supplier, quantity, supplier, lotCode);
    }

    public static ValidatableResponse receive(long ingredientId, String lotCode, String supplier, String quantity) {
        return operator()
                .body(receiveBody(ingredientId, lotCode, supplier, quantity))
                .post("/api/lots")
                .then();
    }

    public static ValidatableResponse startRun(String batchNumber, long outputIngredientId) {
        return operator()
                .body(
                        """
                        {"batchNumber": "%s", "outputIngredientId": %d, "plannedQuantity": 100, "unitOfMeasure": "kg",
                         "location": "Line 2"}"""
                                .formatted(batchNumber, outputIngredientId))
                .post("/api/runs")
                .then();
    }

    /** {@code consume(batch, "LOT-A", "10", "LOT-B", "2.5")}: pairs of lot code and quantity. */
    public static ValidatableResponse consume(String batchNumber, String... lotsAndQuantities) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < lotsAndQuantities.length; i += 2) {
            items.append(i == 0 ? "" : ", ")
                    .append("{\"lotCode\": \"%s\", \"quantity\": %s}"
                            .formatted(lotsAndQuantities[i], lotsAndQuantities[i + 1]));
        }
        return operator()
                .body("{\"items\": [" + items + "]}")
                .post("/api/runs/" + batchNumber + "/consumptions")
                .then();
    }

    public static ValidatableResponse complete(String batchNumber, String outputLotCode, String quantity) {
        return operator()
                .body("{\"outputQuantity\": %s, \"outputLotCode\": \"%s\", \"qualityStatus\": \"PASSED\"}"
                        .formatted(quantity, outputLotCode))
                .post("/api/runs/" + batchNumber + "/complete")
                .then();
    }

    public static ValidatableResponse pack(String palletNumber, String lotCode, String quantity) {
        return operator()
                .body("{\"palletNumber\": \"%s\", \"lotCode\": \"%s\", \"quantity\": %s, \"location\": \"Cold room A\"}"
                        .formatted(palletNumber, lotCode, quantity))
                .post("/api/pallets")
                .then();
    }

    public static ValidatableResponse ship(String shipmentNumber, String customer, String... palletNumbers) {
        String pallets = String.join("\", \"", palletNumbers);
        return operator()
                .body(
                        """
                        {"shipmentNumber": "%s", "customerName": "%s", "shipToLocation": "%s, Lyon",
                         "palletNumbers": ["%s"], "referenceDocumentType": "BOL", "referenceDocumentNumber": "BOL-%s",
                         "shippedAt": "2025-03-03T10:00:00Z"}"""
                                .formatted(shipmentNumber, customer, customer, pallets, shipmentNumber))
                .post("/api/shipments")
                .then();
    }
}
