package io.fieldguide.lots.bakery;

import static io.fieldguide.lots.LotApi.complete;
import static io.fieldguide.lots.LotApi.consume;
import static io.fieldguide.lots.LotApi.ingredient;
import static io.fieldguide.lots.LotApi.pack;
import static io.fieldguide.lots.LotApi.receive;
import static io.fieldguide.lots.LotApi.ship;
import static io.fieldguide.lots.LotApi.startRun;
import static io.fieldguide.lots.LotApi.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.fieldguide.lots.LotApi;
import io.fieldguide.lots.LotTestSql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A day at the bakery: receive, bake, pack, ship; every lot's mass balance holds; every change audited. */
@QuarkusTest
class BakeryFlowTest {

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aRunListsEveryLotItConsumedAndEveryLotBalances() {
        long flour = ingredient(unique("Flour"), "FLOUR", "kg");
        long yeast = ingredient(unique("Yeast"), "YEAST", "kg");
        long bread = ingredient(unique("Bread"), "FINISHED_PRODUCT", "kg");
        String flourA = unique("FLOUR-A");
        String flourB = unique("FLOUR-B");
        String yeastLot = unique("YEAST");
        receive(flour, flourA, "Moulin Dupont", "500").statusCode(201).body("balance.onHand", equalTo(500.0f));
        receive(flour, flourB, "Moulin Martin", "300").statusCode(201);
        receive(yeast, yeastLot, "Levures SA", "20").statusCode(201);
        String batch = unique("B");
        startRun(batch, bread).statusCode(201).body("status", equalTo("IN_PROGRESS"));

        consume(batch, flourA, "450", flourB, "100", yeastLot, "9").statusCode(200);
        consume(batch, flourB, "20").statusCode(200);
        String breadLot = unique("BREAD");
        complete(batch, breadLot, "760")
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("outputLotCode", equalTo(breadLot))
                .body(
                        "inputs.lotCode",
                        contains(sorted(flourA, flourB, yeastLot).toArray()))
                .body("inputs.find { it.lotCode == '" + flourB + "' }.quantity", equalTo(120.0f));

        String palletOne = unique("PAL");
        String palletTwo = unique("PAL");
        pack(palletOne, breadLot, "380").statusCode(201).body("status", equalTo("PACKED"));
        pack(palletTwo, breadLot, "380").statusCode(201);
        pack(unique("PAL"), breadLot, "1").statusCode(409).contentType("application/problem+json");
        consume(startedRun(bread), breadLot, "1").statusCode(409);
        ship(unique("SH"), "Café Lumière", palletOne).statusCode(201).body("pallets[0].status", equalTo("SHIPPED"));
        LotApi.operator()
                .body("{\"quantity\": 2, \"reason\": \"OTHER\"}")
                .post("/api/lots/" + flourA + "/scrap")
                .then()
                .statusCode(400)
                .body("detail", equalTo("A scrap for reason OTHER needs a note saying why"));
        LotApi.operator()
                .body("{\"quantity\": 2, \"reason\": \"UNRECORDED\"}")
                .post("/api/lots/" + flourA + "/scrap")
                .then()
                .statusCode(400);
        LotApi.operator()
                .body("{\"quantity\": 3, \"reason\": \"SPILLED\"}")
                .post("/api/lots/" + flourA + "/scrap")
                .then()
                .statusCode(200);
        long flourAId = LotApi.operator()
                .body("{\"quantity\": 2, \"reason\": \"OTHER\", \"note\": \"Mice in the store room\"}")
                .post("/api/lots/" + flourA + "/scrap")
                .then()
                .statusCode(200)
                .body("scraps.reason", contains("SPILLED", "OTHER"))
                .body("scraps.quantity", contains(3.0f, 2.0f))
                .body("scraps[0].note", nullValue())
                .body("scraps[1].note", equalTo("Mice in the store room"))
                .body("scraps.scrappedBy", contains("olga-operator", "olga-operator"))
                .extract()
                .jsonPath()
                .getLong("id");
        assertEquals(
                "INSERT olga-operator OTHER",
                LotTestSql.text(
                        dataSource,
                        "SELECT concat_ws(' ', a.action, a.changed_by, a.new_values->>'reason') FROM audit_log a"
                                + " JOIN lot_scraps s ON s.id = a.record_id AND a.table_name = 'lot_scraps'"
                                + " WHERE s.lot_id = " + flourAId + " AND s.reason = 'OTHER'"),
                "the scrap is audited with who and the reason");

        assertBalance(flourA, "500", "450", "0", "5", "45");
        assertBalance(flourB, "300", "120", "0", "0", "180");
        assertBalance(yeastLot, "20", "9", "0", "0", "11");
        assertBalance(breadLot, "760", "0", "380", "0", "380");
    }

    @Test
    void everyChangeIsAuditedWithWhoAndTheAuditLogRefusesUpdatesAndDeletes() {
        long flour = ingredient(unique("Flour"), "FLOUR", "kg");
        String lotCode = unique("FLOUR");
        long lotId = receive(flour, lotCode, "Moulin Dupont", "100")
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String batch = unique("B");
        startRun(batch, ingredient(unique("Dough"), "INTERMEDIATE", "kg")).statusCode(201);
        consume(batch, lotCode, "40").statusCode(200);

        JsonPath trail = LotApi.reader()
                .queryParam("table", "ingredient_lots")
                .queryParam("recordId", lotId)
                .get("/api/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("INSERT", "UPDATE"), trail.getList("action"));
        assertEquals(List.of("olga-operator", "olga-operator"), trail.getList("changedBy"));
        assertEquals(100f, trail.getFloat("[1].oldValues.quantity_on_hand"));
        assertEquals(60f, trail.getFloat("[1].newValues.quantity_on_hand"));

        String row = "table_name = 'ingredient_lots' AND record_id = " + lotId;
        assertRefused("UPDATE audit_log SET changed_by = 'mallory' WHERE " + row);
        assertRefused("DELETE FROM audit_log WHERE " + row);
        assertRefused("TRUNCATE audit_log");
        assertEquals("2", LotTestSql.text(dataSource, "SELECT count(*) FROM audit_log WHERE " + row));
    }

    @Test
    void theServicesOwnDatabaseUserGaveUpUpdateDeleteAndTruncateOnTheAuditLog() {
        String ownerPrivileges = "SELECT string_agg(a.privilege_type, ' ' ORDER BY a.privilege_type)"
                + " FROM pg_class r, aclexplode(r.relacl) a"
                + " WHERE r.oid = 'audit_log'::regclass AND a.grantee = r.relowner";
        // A superuser (the tests' user) passes privilege checks anyway: the trigger above refuses it.
        List<String> privileges =
                List.of(LotTestSql.text(dataSource, ownerPrivileges).split(" "));
        assertEquals(true, privileges.containsAll(List.of("INSERT", "SELECT")), () -> "owner holds " + privileges);
        assertEquals(
                List.of(),
                privileges.stream()
                        .filter(List.of("UPDATE", "DELETE", "TRUNCATE")::contains)
                        .toList());
    }

    private void assertRefused(String sql) {
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> LotTestSql.execute(dataSource, sql));
        assertEquals(
                true,
                String.valueOf(refused.getCause().getMessage()).contains("audit_log is append-only"),
                () -> "refused for another reason: " + refused.getCause().getMessage());
    }

    private String startedRun(long output) {
        String batch = unique("B");
        startRun(batch, output).statusCode(201);
        return batch;
    }

    private static void assertBalance(
            String lotCode, String received, String consumed, String shipped, String scrapped, String onHand) {
        JsonPath lot = LotApi.reader()
                .get("/api/lots/" + lotCode)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(
                new BigDecimal(received).stripTrailingZeros(), decimal(lot, "balance.received"), lotCode + " received");
        assertEquals(
                new BigDecimal(consumed).stripTrailingZeros(), decimal(lot, "balance.consumed"), lotCode + " consumed");
        assertEquals(
                new BigDecimal(shipped).stripTrailingZeros(), decimal(lot, "balance.shipped"), lotCode + " shipped");
        assertEquals(
                new BigDecimal(scrapped).stripTrailingZeros(), decimal(lot, "balance.scrapped"), lotCode + " scrapped");
        assertEquals(new BigDecimal(onHand).stripTrailingZeros(), decimal(lot, "balance.onHand"), lotCode + " on hand");
        assertEquals(
                decimal(lot, "balance.received"),
                decimal(lot, "balance.consumed")
                        .add(decimal(lot, "balance.shipped"))
                        .add(decimal(lot, "balance.scrapped"))
                        .add(decimal(lot, "balance.onHand"))
                        .stripTrailingZeros(),
                lotCode + ": received = consumed + shipped + scrapped + on hand");
    }

    private static BigDecimal decimal(JsonPath json, String path) {
        return new BigDecimal(json.getString(path)).stripTrailingZeros();
    }

    private static List<String> sorted(String... codes) {
        return java.util.Arrays.stream(codes).sorted().toList();
    }
}
