package io.fieldguide.lots.bakery;

import static io.fieldguide.lots.LotApi.complete;
import static io.fieldguide.lots.LotApi.consume;
import static io.fieldguide.lots.LotApi.ingredient;
import static io.fieldguide.lots.LotApi.pack;
import static io.fieldguide.lots.LotApi.receive;
import static io.fieldguide.lots.LotApi.ship;
import static io.fieldguide.lots.LotApi.startRun;
import static io.fieldguide.lots.LotApi.unique;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.lots.LotApi;
import io.fieldguide.lots.LotTestSql;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** No lot is consumed beyond what it has, even by concurrent consumers; a hold blocks exactly what it should. */
@QuarkusTest
class StockAndHoldsTest {

    private static final int ROUNDS = 30;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void overConsumptionIsRefusedAndWritesNothing() {
        long flour = ingredient(unique("Flour"), "FLOUR", "kg");
        String lotA = unique("FLOUR");
        String lotB = unique("FLOUR");
        receive(flour, lotA, "Moulin", "100").statusCode(201);
        receive(flour, lotB, "Moulin", "10").statusCode(201);
        String batch = unique("B");
        startRun(batch, ingredient(unique("Dough"), "INTERMEDIATE", "kg")).statusCode(201);

        consume(batch, lotA, "50", lotB, "10.001")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("Lot " + lotB + " has 10.000 kg available, 10.001 kg requested"));

        LotApi.reader().get("/api/lots/" + lotA).then().body("balance.onHand", equalTo(100.0f));
        LotApi.reader().get("/api/runs/" + batch).then().body("inputs", empty());
    }

    @Test
    void twoConcurrentConsumersNeverTakeALotBelowZero() throws Exception {
        long flour = ingredient(unique("Flour"), "FLOUR", "kg");
        String lot = unique("FLOUR");
        receive(flour, lot, "Moulin", "100").statusCode(201);
        long dough = ingredient(unique("Dough"), "INTERMEDIATE", "kg");
        List<String> batches = List.of(unique("B"), unique("B"), unique("B"), unique("B"));
        batches.forEach(batch -> startRun(batch, dough).statusCode(201));

        for (int round = 0; round < 5; round++) {
            // Each round: two runs ask for 30 at the same instant.
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Integer>> answers = new ArrayList<>();
            for (String batch : batches.subList(round % 2 * 2, round % 2 * 2 + 2)) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return consume(batch, lot, "30").extract().statusCode();
                }));
            }
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                assertEquals(true, status == 200 || status == 409, "answered " + status);
            }
            pool.shutdown();
        }

        String consumed = LotTestSql.text(
                dataSource,
                "SELECT sum(quantity_used) FROM batch_ingredients b JOIN ingredient_lots l ON l.id = b.ingredient_lot_id"
                        + " WHERE l.lot_code = '" + lot + "'");
        assertEquals("90.000", consumed, "three of ten requests of 30 fit into 100");
        LotApi.reader().get("/api/lots/" + lot).then().body("balance.onHand", equalTo(10.0f));
    }

    /**
     * The race a hold must not lose: a hold on a flour lot placed at the same instant as a run consumes
     * dough made from that flour. Whatever the timing, either the consumption is refused (and wrote
     * nothing), or it went first and the hold's own answer already names the run, whose output is
     * then quarantined.
     */
    @Test
    void aHoldPlacedDuringADownstreamConsumptionNeverMissesIt() throws Exception {
        long flour = ingredient(unique("Flour"), "FLOUR", "kg");
        long dough = ingredient(unique("Dough"), "INTERMEDIATE", "kg");
        long bread = ingredient(unique("Bread"), "FINISHED_PRODUCT", "kg");
        Map<Integer, Integer> outcomes = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String flourLot = unique("FLOUR");
                receive(flour, flourLot, "Moulin", "100").statusCode(201);
                String mixing = unique("B");
                startRun(mixing, dough).statusCode(201);
                consume(mixing, flourLot, "10").statusCode(200);
                String doughLot = unique("DOUGH");
                complete(mixing, doughLot, "20").statusCode(200);
                String baking = unique("B");
                startRun(baking, bread).statusCode(201);

                CyclicBarrier start = new CyclicBarrier(2);
                Future<ExtractableResponse<Response>> hold = pool.submit(() -> {
                    start.await();
                    return LotApi.quality()
                            .body("{\"lotCode\": \"" + flourLot + "\", \"reason\": \"Supplier recall notice\"}")
                            .post("/api/holds")
                            .then()
                            .extract();
                });
                Future<Integer> consumption = pool.submit(() -> {
                    start.await();
                    return consume(baking, doughLot, "5").extract().statusCode();
                });
                ExtractableResponse<Response> placed = hold.get();
                int consumed = consumption.get();
                outcomes.merge(consumed, 1, Integer::sum);

                assertEquals(201, placed.statusCode(), placed.asString());
                if (consumed == 409) {
                    LotApi.reader().get("/api/runs/" + baking).then().body("inputs", empty());
                    LotApi.reader().get("/api/lots/" + doughLot).then().body("balance.onHand", equalTo(20.0f));
                } else {
                    assertEquals(200, consumed, "round " + round);
                    List<String> consumingRuns = placed.jsonPath().getList("consumingRuns");
                    assertTrue(consumingRuns.contains(baking), "round " + round + ": the hold missed " + baking);
                    String breadLot = unique("BREAD");
                    complete(baking, breadLot, "6").statusCode(200);
                    LotApi.reader().get("/api/lots/" + breadLot).then().body("blocked", equalTo(true));
                }
            }
        } finally {
            pool.shutdown();
        }
        Log.infof("Hold against consumption, %d rounds: answers %s", ROUNDS, outcomes);
    }

    @Test
    void aHoldQuarantinesExactlyTheDownstreamPalletsAndBlocksConsumingAndShipping() {
        long flour = ingredient(unique("Flour"), "FLOUR", "kg");
        long bread = ingredient(unique("Bread"), "FINISHED_PRODUCT", "kg");
        String suspect = unique("FLOUR-SUSPECT");
        String clean = unique("FLOUR-CLEAN");
        receive(flour, suspect, "Moulin Dupont", "100").statusCode(201);
        receive(flour, clean, "Moulin Martin", "100").statusCode(201);
        String suspectBatch = unique("B");
        String cleanBatch = unique("B");
        startRun(suspectBatch, bread).statusCode(201);
        startRun(cleanBatch, bread).statusCode(201);
        consume(suspectBatch, suspect, "40").statusCode(200);
        consume(cleanBatch, clean, "40").statusCode(200);
        String suspectBread = unique("BREAD");
        String cleanBread = unique("BREAD");
        complete(suspectBatch, suspectBread, "60").statusCode(200);
        complete(cleanBatch, cleanBread, "60").statusCode(200);
        String suspectPalletOne = unique("PAL");
        String suspectPalletTwo = unique("PAL");
        String cleanPallet = unique("PAL");
        pack(suspectPalletOne, suspectBread, "30").statusCode(201);
        pack(suspectPalletTwo, suspectBread, "30").statusCode(201);
        pack(cleanPallet, cleanBread, "30").statusCode(201);

        long hold = LotApi.quality()
                .body("{\"lotCode\": \"" + suspect + "\", \"reason\": \"Supplier recall notice 2025-17\"}")
                .post("/api/holds")
                .then()
                .statusCode(201)
                .body("placedBy", equalTo("quentin-quality"))
                .body("quarantinedLots", containsInAnyOrder(suspect, suspectBread))
                .body("quarantinedPallets.palletNumber", containsInAnyOrder(suspectPalletOne, suspectPalletTwo))
                .extract()
                .jsonPath()
                .getLong("id");

        LotApi.reader().get("/api/pallets/" + suspectPalletOne).then().body("quarantined", equalTo(true));
        LotApi.reader().get("/api/pallets/" + cleanPallet).then().body("quarantined", equalTo(false));
        String another = unique("B");
        startRun(another, bread).statusCode(201);
        consume(another, suspect, "1").statusCode(409);
        consume(another, suspectBread, "1").statusCode(409);
        ship(unique("SH"), "Café Lumière", suspectPalletOne).statusCode(409);
        ship(unique("SH"), "Café Lumière", cleanPallet).statusCode(201);
        LotApi.operator()
                .body("{\"reason\": \"not mine to release\"}")
                .post("/api/holds/" + hold + "/release")
                .then()
                .statusCode(403);

        LotApi.quality()
                .body("{\"reason\": \"Lab: retained samples negative\"}")
                .post("/api/holds/" + hold + "/release")
                .then()
                .statusCode(200)
                .body("active", equalTo(false))
                .body("releasedBy", equalTo("quentin-quality"))
                .body("releaseReason", equalTo("Lab: retained samples negative"));
        LotApi.quality()
                .body("{\"reason\": \"again\"}")
                .post("/api/holds/" + hold + "/release")
                .then()
                .statusCode(409);
        ship(unique("SH"), "Café Lumière", suspectPalletOne).statusCode(201);
        consume(another, suspect, "1").statusCode(200);
    }

    @Test
    void aHoldOnARunBlocksItsOutputButNotItsInputs() {
        long flour = ingredient(unique("Flour"), "FLOUR", "kg");
        long bread = ingredient(unique("Bread"), "FINISHED_PRODUCT", "kg");
        String flourLot = unique("FLOUR");
        receive(flour, flourLot, "Moulin", "100").statusCode(201);
        String batch = unique("B");
        startRun(batch, bread).statusCode(201);
        consume(batch, flourLot, "10").statusCode(200);
        String breadLot = unique("BREAD");
        complete(batch, breadLot, "15").statusCode(200);
        LotApi.quality()
                .body("{\"batchNumber\": \"" + batch + "\", \"reason\": \"Oven temperature log missing\"}")
                .post("/api/holds")
                .then()
                .statusCode(201)
                .body("quarantinedLots", containsInAnyOrder(breadLot));
        LotApi.reader().get("/api/lots/" + breadLot).then().body("blocked", equalTo(true));
        LotApi.reader().get("/api/lots/" + flourLot).then().body("blocked", equalTo(false));
    }
}
