package io.fieldguide.lots.recall;

import static io.fieldguide.lots.LotApi.complete;
import static io.fieldguide.lots.LotApi.consume;
import static io.fieldguide.lots.LotApi.ingredient;
import static io.fieldguide.lots.LotApi.pack;
import static io.fieldguide.lots.LotApi.receive;
import static io.fieldguide.lots.LotApi.ship;
import static io.fieldguide.lots.LotApi.startRun;
import static io.fieldguide.lots.LotApi.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.lots.LotApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The mock recall of a flour lot, as JSON and as the FSMA 204 sortable spreadsheet. */
@QuarkusTest
class RecallTest {

    @Test
    void theRecallReportAndTheSpreadsheetOfAFlourLot() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        long flour = ingredient(unique("Flour"), "FLOUR", "kg");
        long yeast = ingredient(unique("Yeast"), "YEAST", "kg");
        long bread = ingredient(unique("Bread"), "FINISHED_PRODUCT", "kg");
        String flourLot = unique("FLOUR");
        String yeastLot = unique("YEAST");
        // JSON-escaped: the service receives Moulin, "Dupont" & fils
        receive(flour, flourLot, "Moulin, \\\"Dupont\\\" & fils", "100").statusCode(201);
        receive(yeast, yeastLot, "Levures SA", "10").statusCode(201);
        String batch = unique("B");
        startRun(batch, bread).statusCode(201);
        consume(batch, flourLot, "40", yeastLot, "2").statusCode(200);
        String breadLot = unique("BREAD");
        complete(batch, breadLot, "60").statusCode(200);
        String shipped = unique("PAL");
        String stored = unique("PAL");
        pack(shipped, breadLot, "30").statusCode(201);
        pack(stored, breadLot, "30").statusCode(201);
        String shipment = unique("SH");
        ship(shipment, "Café Lumière", shipped).statusCode(201);

        JsonPath report = LotApi.reader()
                .get("/api/recalls/" + flourLot)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(sorted(flourLot, breadLot), report.getList("affectedLots.lotCode"));
        assertEquals(sorted(shipped, stored), report.getList("pallets.palletNumber"));
        assertEquals("SHIPPED", report.getString("pallets.find { it.palletNumber == '" + shipped + "' }.status"));
        assertEquals("Cold room A", report.getString("pallets.find { it.palletNumber == '" + stored + "' }.location"));
        assertEquals(List.of("Café Lumière"), report.getList("customers.customerName"));
        assertEquals(List.of(breadLot), report.getList("customers.lotCode"));
        assertEquals(30f, report.getFloat("customers[0].quantity"));
        assertEquals(90f, report.getFloat("stockOnHand[0].quantity"), "60 flour + 30 bread still here");

        String csv = LotApi.reader()
                .get("/api/recalls/" + flourLot + "/fsma-204.csv")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asString();
        List<List<String>> rows = parse(csv);
        assertEquals(RecallService.COLUMNS, rows.get(0), "header");
        List<List<String>> events = rows.subList(1, rows.size());
        Set<String> summary = new TreeSet<>();
        for (List<String> row : events) {
            assertEquals(RecallService.COLUMNS.size(), row.size(), "every row has every column: " + row);
            summary.add(row.get(0) + " " + row.get(2) + " <- " + row.get(10));
        }
        assertEquals(
                new TreeSet<>(List.of(
                        "RECEIVING " + flourLot + " <- ",
                        "TRANSFORMATION " + breadLot + " <- " + flourLot,
                        "TRANSFORMATION " + breadLot + " <- " + yeastLot,
                        "SHIPPING " + breadLot + " <- ")),
                summary,
                "one row per tracking event and input lot");
        assertEquals(4, events.size());
        List<Instant> dates =
                events.stream().map(row -> Instant.parse(row.get(1))).toList();
        assertEquals(dates.stream().sorted().toList(), dates, "sorted by date");
        List<String> receiving = events.stream()
                .filter(row -> row.get(0).equals("RECEIVING"))
                .findFirst()
                .orElseThrow();
        assertEquals("Moulin, \"Dupont\" & fils", receiving.get(7), "immediate previous source, quoted");
        assertEquals("Dock 1", receiving.get(6));
        assertEquals("BOL", receiving.get(14));
        assertTrue(events.stream()
                .anyMatch(row -> row.get(0).equals("SHIPPING") && row.get(9).startsWith("Café Lumière")));

        LotApi.reader().get("/api/recalls/NO-SUCH-LOT").then().statusCode(404);
        LotApi.reader().get("/api/recalls/NO-SUCH-LOT/fsma-204.csv").then().statusCode(404);
    }

    /** RFC 4180, read independently of the service's writer: quoted fields, doubled quotes, CRLF. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertEquals(0, field.length() + row.size(), "the document ends with CRLF");
        return rows;
    }

    private static List<String> sorted(String... values) {
        return java.util.Arrays.stream(values).sorted().toList();
    }
}
