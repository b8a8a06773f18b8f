package io.fieldguide.lots.epcis;

import static io.fieldguide.lots.LotApi.complete;
import static io.fieldguide.lots.LotApi.consume;
import static io.fieldguide.lots.LotApi.ingredient;
import static io.fieldguide.lots.LotApi.pack;
import static io.fieldguide.lots.LotApi.receive;
import static io.fieldguide.lots.LotApi.ship;
import static io.fieldguide.lots.LotApi.startRun;
import static io.fieldguide.lots.LotApi.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fieldguide.lots.LotApi;
import io.fieldguide.migration.testing.contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The recorded events as GS1 EPCIS 2.0: every document validates against GS1's JSON Schema, and the
 * events carry the expected kinds, business steps, dispositions, places, quantities and units.
 */
@QuarkusTest
class EpcisTest {

    private static final String BASE = "https://id.bakermaiden.example";

    private static String flourLot;
    private static String yeastLot;
    private static String breadLot;
    private static String batch;
    private static String pallet;
    private static long flour;
    private static long yeast;
    private static long bread;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** Once for all tests, after Quarkus has started (a static @BeforeAll runs before it listens). */
    @BeforeEach
    void bakeAndShipOnce() {
        if (breadLot != null) {
            return;
        }
        flour = ingredient(unique("Flour"), "FLOUR", "kg");
        yeast = ingredient(unique("Yeast"), "YEAST", "kg");
        bread = ingredient(unique("Bread"), "FINISHED_PRODUCT", "kg");
        flourLot = unique("FLOUR");
        yeastLot = unique("YEAST");
        receive(flour, flourLot, "Moulin Dupont", "100").statusCode(201);
        receive(yeast, yeastLot, "Lesaffre", "5").statusCode(201);
        batch = unique("B");
        startRun(batch, bread).statusCode(201);
        consume(batch, flourLot, "40", yeastLot, "1").statusCode(200);
        String made = unique("BREAD");
        complete(batch, made, "60").statusCode(200);
        pallet = unique("PAL");
        pack(pallet, made, "30").statusCode(201);
        ship(unique("SH"), "Café Lumière", pallet).statusCode(201);
        breadLot = made;
    }

    @Test
    void aMadeLotsHistoryIsItsTransformationPackingAndShipping() {
        String body = LotApi.reader()
                .get("/api/lots/" + breadLot + "/epcis")
                .then()
                .statusCode(200)
                .contentType(EpcisDocument.JSON_LD)
                .body("type", equalTo("EPCISDocument"))
                .body("schemaVersion", equalTo("2.0"))
                .body("'@context'", hasItem(EpcisDocument.CONTEXT))
                .extract()
                .asString();
        assertEquals(List.of(), EpcisSchema.violations(body));
        JsonPath document = JsonPath.from(body);
        assertEquals(3, document.getList("epcisBody.eventList").size());

        Map<String, Object> made = event(document, "TransformationEvent");
        assertEquals("commissioning", made.get("bizStep"));
        assertEquals("active", made.get("disposition"));
        assertEquals(Map.of("id", BASE + "/location/Line%202"), made.get("readPoint"));
        assertEquals(Map.of("id", BASE + "/location/Line%202"), made.get("bizLocation"));
        assertEquals(BASE + "/run/" + batch, made.get("transformationID"));
        assertEquals(Map.of("cbvmda:lotNumber", breadLot), made.get("ilmd"));
        assertEquals(
                new HashSet<>(List.of(quantity(flour, flourLot, 40), quantity(yeast, yeastLot, 1))),
                new HashSet<>((List<?>) made.get("inputQuantityList")));
        assertEquals(List.of(quantity(bread, breadLot, 60)), made.get("outputQuantityList"));
        assertEquals(
                List.of(Map.of("type", "prodorder", "bizTransaction", BASE + "/document/PRODUCTION_RUN/" + batch)),
                made.get("bizTransactionList"));

        Map<String, Object> packed = event(document, "AggregationEvent");
        assertEquals("ADD", packed.get("action"));
        assertEquals("packing", packed.get("bizStep"));
        assertEquals(BASE + "/pallet/" + pallet, packed.get("parentID"));
        assertEquals(List.of(quantity(bread, breadLot, 30)), packed.get("childQuantityList"));

        Map<String, Object> shipped = event(document, "ObjectEvent");
        assertEquals("OBSERVE", shipped.get("action"));
        assertEquals("shipping", shipped.get("bizStep"));
        assertEquals("in_transit", shipped.get("disposition"));
        assertEquals(Map.of("id", BASE + "/location/Cold%20room%20A"), shipped.get("readPoint"));
        assertFalse(shipped.containsKey("bizLocation"), "in transit: no business location");
        assertEquals(List.of(BASE + "/pallet/" + pallet), shipped.get("epcList"));
        assertEquals(List.of(quantity(bread, breadLot, 30)), shipped.get("quantityList"));
        assertEquals(
                List.of(
                        Map.of("type", "owning_party", "destination", BASE + "/party/Caf%C3%A9%20Lumi%C3%A8re"),
                        Map.of(
                                "type",
                                "location",
                                "destination",
                                BASE + "/location/Caf%C3%A9%20Lumi%C3%A8re%2C%20Lyon")),
                shipped.get("destinationList"));
        assertEquals(
                "bol",
                document.getString(
                        "epcisBody.eventList.find { it.bizStep == 'shipping' }" + ".bizTransactionList[0].type"));
        assertSortedByTime(document);
    }

    @Test
    void aReceivedLotsHistoryIsItsReceivingAndTheRunThatConsumedIt() {
        String body = LotApi.reader()
                .accept("application/json")
                .get("/api/lots/" + flourLot + "/epcis")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .asString();
        assertEquals(List.of(), EpcisSchema.violations(body));
        JsonPath document = JsonPath.from(body);
        assertEquals(2, document.getList("epcisBody.eventList").size());
        Map<String, Object> received = event(document, "ObjectEvent");
        assertEquals("OBSERVE", received.get("action"));
        assertEquals("receiving", received.get("bizStep"));
        assertEquals("in_progress", received.get("disposition"));
        assertEquals("2025-03-01T07:30:00Z", received.get("eventTime"));
        assertEquals("+00:00", received.get("eventTimeZoneOffset"));
        assertEquals(Map.of("id", BASE + "/location/Dock%201"), received.get("bizLocation"));
        assertEquals(List.of(quantity(flour, flourLot, 100)), received.get("quantityList"));
        assertEquals(
                List.of(
                        Map.of("type", "owning_party", "source", BASE + "/party/Moulin%20Dupont"),
                        Map.of("type", "location", "source", BASE + "/location/Moulin%20Dupont%2C%20Chartres")),
                received.get("sourceList"));
        assertFalse(received.containsKey("ilmd"), "OBSERVE events carry no ilmd");
        assertEquals("TransformationEvent", document.getString("epcisBody.eventList[1].type"));
    }

    @Test
    void aRecallDocumentHoldsEveryEventOfTheLotsOnTheWay() {
        String body = LotApi.reader()
                .get("/api/recalls/" + flourLot + "/epcis")
                .then()
                .statusCode(200)
                .contentType(EpcisDocument.JSON_LD)
                .extract()
                .asString();
        assertEquals(List.of(), EpcisSchema.violations(body));
        JsonPath document = JsonPath.from(body);
        assertEquals(
                List.of(
                        "ObjectEvent:receiving",
                        "TransformationEvent:commissioning",
                        "AggregationEvent:packing",
                        "ObjectEvent:shipping"),
                document.getList("epcisBody.eventList.collect { it.type + ':' + it.bizStep }", String.class).stream()
                        .sorted((a, b) -> order(a) - order(b))
                        .toList());
        List<String> ids = document.getList("epcisBody.eventList.eventID");
        assertEquals(ids.size(), new HashSet<>(ids).size(), "event ids are unique");
        document.getList("epcisBody.eventList.eventID", String.class)
                .forEach(id -> assertTrue(id.startsWith(BASE + "/event/"), id));
        // The yeast lot is neither made from the flour nor an ingredient of it: not in the recall.
        assertFalse(body.contains(yeastLot + "\"") && body.contains("/party/Lesaffre"));
    }

    /** The schema check can fail: a document missing a required member, or with a unit that is not a code. */
    @Test
    void theSchemaRefusesABrokenDocument() throws Exception {
        String body = LotApi.reader()
                .get("/api/lots/" + breadLot + "/epcis")
                .then()
                .extract()
                .asString();
        ObjectMapper json = new ObjectMapper();
        ObjectNode withoutOffset = (ObjectNode) json.readTree(body);
        ((ObjectNode) withoutOffset.at("/epcisBody/eventList/0")).remove("eventTimeZoneOffset");
        assertFalse(EpcisSchema.violations(withoutOffset.toString()).isEmpty());
        ObjectNode lowerCaseUnit = (ObjectNode) json.readTree(body);
        ((ObjectNode) lowerCaseUnit.at("/epcisBody/eventList/0").findParent("uom")).put("uom", "kg");
        assertFalse(EpcisSchema.violations(lowerCaseUnit.toString()).isEmpty());
    }

    @Test
    void anUnknownLotIs404() {
        LotApi.reader()
                .get("/api/lots/NO-SUCH-LOT/epcis")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        LotApi.reader()
                .get("/api/recalls/NO-SUCH-LOT/epcis")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @SendsInvalidRequests("an Accept header that allows no EPCIS media type must be answered 406")
    void anUnacceptableMediaTypeIs406() {
        LotApi.reader()
                .accept("text/csv")
                .get("/api/lots/" + breadLot + "/epcis")
                .then()
                .statusCode(406);
    }

    @Test
    void anIngredientInAUnitWithoutAnEpcisCodeIsRefused() {
        String name = unique("Sesame");
        LotApi.operator()
                .body("{\"name\": \"" + name + "\", \"type\": \"OTHER\", \"unitOfMeasure\": \"bags\"}")
                .post("/api/ingredients")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", startsWith("Unknown unit 'bags'"));
        LotApi.reader().get("/api/ingredients").then().body("name", not(hasItem(name)));
    }

    private static Map<String, Object> event(JsonPath document, String type) {
        return document.getMap("epcisBody.eventList.find { it.type == '" + type + "' }");
    }

    private static Map<String, Object> quantity(long ingredientId, String lotCode, int quantity) {
        return Map.of(
                "epcClass",
                BASE + "/product/" + ingredientId + "/lot/" + lotCode,
                "quantity",
                (float) quantity,
                "uom",
                "KGM");
    }

    private static int order(String typeAndStep) {
        return List.of("receiving", "commissioning", "packing", "shipping")
                .indexOf(typeAndStep.split(":")[1]);
    }

    private static void assertSortedByTime(JsonPath document) {
        List<String> times = document.getList("epcisBody.eventList.eventTime");
        assertEquals(times.stream().sorted().toList(), times, "events sorted by time");
    }
}
