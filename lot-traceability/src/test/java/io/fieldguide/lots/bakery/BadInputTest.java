package io.fieldguide.lots.bakery;

import static io.fieldguide.lots.LotApi.ingredient;
import static io.fieldguide.lots.LotApi.receive;
import static io.fieldguide.lots.LotApi.receiveBody;
import static io.fieldguide.lots.LotApi.startRun;
import static io.fieldguide.lots.LotApi.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fieldguide.lots.LotApi;
import io.fieldguide.migration.testing.TestSql;
import io.fieldguide.migration.testing.contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Unknown codes are 404; negative quantities, wrong enum values and malformed dates are 400; nothing is written. */
@QuarkusTest
class BadInputTest {

    @Inject
    DataSource dataSource;

    @Test
    void unknownLotsRunsPalletsAndShipmentsAre404() {
        for (String path : new String[] {
            "/api/lots/NO-SUCH-LOT",
            "/api/runs/NO-SUCH-RUN",
            "/api/pallets/NO-SUCH",
            "/api/shipments/NO-SUCH",
            "/api/holds/999999999",
            "/api/ingredients/999999999"
        }) {
            LotApi.reader().get(path).then().statusCode(404).contentType("application/problem+json");
        }
        LotApi.operator()
                .body("{\"quantity\": 1, \"reason\": \"DAMAGED\"}")
                .post("/api/lots/NO-SUCH-LOT/scrap")
                .then()
                .statusCode(404)
                .body("detail", equalTo("No lot NO-SUCH-LOT"));
        String batch = unique("B");
        startRun(batch, ingredient(unique("Dough"), "INTERMEDIATE", "kg")).statusCode(201);
        LotApi.consume(batch, "NO-SUCH-LOT", "1").statusCode(404);
    }

    @Test
    @SendsInvalidRequests("negative, zero and over-precise quantities, an unknown enum value, malformed and"
            + " out-of-range dates must be refused as 400 problems naming the field")
    void badValuesAre400NamingTheFieldAndWriteNothing() {
        long flour = ingredient(unique("Flour"), "FLOUR", "kg");
        long lotsBefore = TestSql.count(dataSource, "SELECT count(*) FROM ingredient_lots");
        long eventsBefore = TestSql.count(dataSource, "SELECT count(*) FROM tracking_events");
        String good = receiveBody(flour, unique("FLOUR"), "Moulin", "10");

        refused(good.replace("\"quantity\": 10", "\"quantity\": -10"), "quantity");
        refused(good.replace("\"quantity\": 10", "\"quantity\": 0"), "quantity");
        refused(good.replace("\"quantity\": 10", "\"quantity\": 1.0001"), "quantity");
        refused(good.replace("\"PASSED\"", "\"SORT_OF_OK\""), "qualityStatus");
        refused(good.replace("2025-03-01T07:30:00Z", "01/03/2025"), "receivedAt");
        refused(good.replace("2025-09-01", "2025-02-30"), "expiryDate");
        refused(good.replace("2025-09-01", "+10000-01-01"), "expiryDate");
        refused(good.replace("\"unitOfMeasure\": \"kg\"", "\"unitOfMeasure\": \"lb\""), "unitOfMeasure");
        refused(good.replace("\"ingredientId\": " + flour, "\"ingredientId\": 999999999"), "ingredientId");
        LotApi.operator()
                .body("{\"name\": \"x\", \"type\": \"CHOCOLATE_RAIN\", \"unitOfMeasure\": \"kg\"}")
                .post("/api/ingredients")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("type"));

        assertEquals(lotsBefore, TestSql.count(dataSource, "SELECT count(*) FROM ingredient_lots"));
        assertEquals(eventsBefore, TestSql.count(dataSource, "SELECT count(*) FROM tracking_events"));
    }

    @Test
    @SendsInvalidRequests("a negative consumed quantity must be refused as a 400 problem")
    void negativeConsumptionIs400() {
        long flour = ingredient(unique("Flour"), "FLOUR", "kg");
        String lot = unique("FLOUR");
        receive(flour, lot, "Moulin", "10").statusCode(201);
        String batch = unique("B");
        startRun(batch, ingredient(unique("Dough"), "INTERMEDIATE", "kg")).statusCode(201);
        LotApi.consume(batch, lot, "-1")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", containsString("quantity"));
        LotApi.reader().get("/api/lots/" + lot).then().body("balance.onHand", equalTo(10.0f));
    }

    @Test
    void writesNeedTheirRole() {
        LotApi.anyone()
                .body(receiveBody(1, unique("X"), "Moulin", "1"))
                .post("/api/lots")
                .then()
                .statusCode(401);
        LotApi.reader()
                .body(receiveBody(1, unique("X"), "Moulin", "1"))
                .post("/api/lots")
                .then()
                .statusCode(403);
        LotApi.operator()
                .body("{\"lotCode\": \"X\", \"reason\": \"r\"}")
                .post("/api/holds")
                .then()
                .statusCode(403);
    }

    private static void refused(String body, String field) {
        LotApi.operator()
                .body(body)
                .post("/api/lots")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
