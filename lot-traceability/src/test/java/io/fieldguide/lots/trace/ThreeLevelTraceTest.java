package io.fieldguide.lots.trace;

import static io.fieldguide.lots.LotApi.complete;
import static io.fieldguide.lots.LotApi.consume;
import static io.fieldguide.lots.LotApi.ingredient;
import static io.fieldguide.lots.LotApi.pack;
import static io.fieldguide.lots.LotApi.receive;
import static io.fieldguide.lots.LotApi.ship;
import static io.fieldguide.lots.LotApi.startRun;
import static io.fieldguide.lots.LotApi.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fieldguide.lots.LotApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Three levels made through the API: flour, sugar and butter; dough from two flours and the sugar;
 * croissants from the dough and the butter; bread from one flour. Every trace's exact result.
 */
@QuarkusTest
class ThreeLevelTraceTest {

    static String flourA;
    static String flourB;
    static String sugar;
    static String butter;
    static String dough;
    static String croissant;
    static String bread;
    static String doughBatch;
    static String croissantBatch;
    static String breadBatch;
    static String palletOne;
    static String palletTwo;
    static String palletThree;
    static String shipmentToCafe;
    static String shipmentToShop;
    static String millA;
    static String millB;
    static String sugarCo;

    /** Once for the class, after Quarkus has started (a static @BeforeAll may run before it listens). */
    @BeforeEach
    void bakeOnce() {
        if (flourA == null) {
            bake();
        }
    }

    private static void bake() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        long flour = ingredient(unique("Flour"), "FLOUR", "kg");
        long sugarIngredient = ingredient(unique("Sugar"), "SUGAR", "kg");
        long butterIngredient = ingredient(unique("Butter"), "DAIRY", "kg");
        long doughIngredient = ingredient(unique("Dough"), "INTERMEDIATE", "kg");
        long croissantIngredient = ingredient(unique("Croissant"), "FINISHED_PRODUCT", "kg");
        long breadIngredient = ingredient(unique("Bread"), "FINISHED_PRODUCT", "kg");
        millA = unique("Mill A");
        millB = unique("Mill B");
        sugarCo = unique("Sugar Co");
        flourA = unique("FA");
        flourB = unique("FB");
        sugar = unique("SU");
        butter = unique("BU");
        receive(flour, flourA, millA, "100").statusCode(201);
        receive(flour, flourB, millB, "100").statusCode(201);
        receive(sugarIngredient, sugar, sugarCo, "50").statusCode(201);
        receive(butterIngredient, butter, millA, "50").statusCode(201);

        doughBatch = unique("R1");
        startRun(doughBatch, doughIngredient).statusCode(201);
        consume(doughBatch, flourA, "30", flourB, "20", sugar, "5").statusCode(200);
        dough = unique("DOUGH");
        complete(doughBatch, dough, "55").statusCode(200);

        croissantBatch = unique("R2");
        startRun(croissantBatch, croissantIngredient).statusCode(201);
        consume(croissantBatch, dough, "50", butter, "20").statusCode(200);
        croissant = unique("CROISSANT");
        complete(croissantBatch, croissant, "60").statusCode(200);

        breadBatch = unique("R3");
        startRun(breadBatch, breadIngredient).statusCode(201);
        consume(breadBatch, flourB, "40").statusCode(200);
        bread = unique("BREAD");
        complete(breadBatch, bread, "50").statusCode(200);

        palletOne = unique("P1");
        palletTwo = unique("P2");
        palletThree = unique("P3");
        pack(palletOne, croissant, "30").statusCode(201);
        pack(palletTwo, croissant, "30").statusCode(201);
        pack(palletThree, bread, "50").statusCode(201);
        shipmentToCafe = unique("SH");
        shipmentToShop = unique("SH");
        ship(shipmentToCafe, "Café Lumière", palletOne).statusCode(201);
        ship(shipmentToShop, "Épicerie Fine", palletThree).statusCode(201);
    }

    @Test
    void forwardFromALotReachesEveryRunLotPalletShipmentAndCustomerContainingIt() {
        JsonPath trace = trace("forward", "lotCode", flourA);
        assertEquals(sorted(flourA, dough, croissant), trace.getList("lots.lotCode"));
        assertEquals(sorted(doughBatch, croissantBatch), trace.getList("runs.batchNumber"));
        assertEquals(sorted(palletOne, palletTwo), trace.getList("pallets.palletNumber"));
        assertEquals(List.of(shipmentToCafe), trace.getList("shipments.shipmentNumber"));
        assertEquals(List.of("Café Lumière"), trace.getList("customers"));
        assertEquals(List.of(millA), trace.getList("suppliers"));
        assertEquals(
                sorted(flourA + ">" + dough, dough + ">" + croissant),
                trace.getList("links.collect { it.inputLotCode + '>' + it.outputLotCode }"));
    }

    @Test
    void forwardFromASupplierStartsFromEachOfItsLots() {
        JsonPath trace = trace("forward", "supplierName", millB);
        assertEquals(sorted(flourB, dough, croissant, bread), trace.getList("lots.lotCode"));
        assertEquals(sorted(doughBatch, croissantBatch, breadBatch), trace.getList("runs.batchNumber"));
        assertEquals(sorted(palletOne, palletTwo, palletThree), trace.getList("pallets.palletNumber"));
        assertEquals(List.of("Café Lumière", "Épicerie Fine"), trace.getList("customers"));
    }

    @Test
    void backwardFromAPalletListsEveryLotAndSupplierAndEveryInputOfEachRun() {
        JsonPath trace = trace("backward", "palletNumber", palletOne);
        assertEquals(sorted(croissant, dough, butter, flourA, flourB, sugar), trace.getList("lots.lotCode"));
        assertEquals(sorted(millA, millB, sugarCo), trace.getList("suppliers"));
        assertEquals(sorted(doughBatch, croissantBatch), trace.getList("runs.batchNumber"));
        assertEquals(
                sorted(flourA, flourB, sugar),
                trace.getList("runs.find { it.batchNumber == '" + doughBatch + "' }.inputLotCodes"),
                "a run that consumed several lots lists all of them");
        assertEquals(List.of(palletOne), trace.getList("pallets.palletNumber"));
    }

    @Test
    void backwardFromAShipmentAndFromALot() {
        JsonPath fromShipment = trace("backward", "shipmentNumber", shipmentToShop);
        assertEquals(sorted(bread, flourB), fromShipment.getList("lots.lotCode"));
        assertEquals(List.of(millB), fromShipment.getList("suppliers"));
        assertEquals(List.of(palletThree), fromShipment.getList("pallets.palletNumber"));
        JsonPath fromLot = trace("backward", "lotCode", dough);
        assertEquals(sorted(dough, flourA, flourB, sugar), fromLot.getList("lots.lotCode"));
    }

    @Test
    void aTraceNeedsExactlyOneKnownStartingPoint() {
        LotApi.reader().get("/api/trace/forward").then().statusCode(400);
        LotApi.reader()
                .queryParam("lotCode", flourA)
                .queryParam("supplierName", millA)
                .get("/api/trace/forward")
                .then()
                .statusCode(400);
        LotApi.reader()
                .queryParam("lotCode", "NO-SUCH")
                .get("/api/trace/forward")
                .then()
                .statusCode(404);
        LotApi.reader()
                .queryParam("palletNumber", "NO-SUCH")
                .get("/api/trace/backward")
                .then()
                .statusCode(404);
        LotApi.anyone()
                .queryParam("lotCode", flourA)
                .get("/api/trace/forward")
                .then()
                .statusCode(401);
    }

    static JsonPath trace(String direction, String parameter, String value) {
        return LotApi.reader()
                .queryParam(parameter, value)
                .get("/api/trace/" + direction)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static List<String> sorted(String... values) {
        return Stream.of(values).sorted().toList();
    }
}
