package io.fieldguide.lots.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fieldguide.lots.LotApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Random lot graphs, loops included (rework: a lot that is, through other runs, an input of
 * itself), written straight into the event tables; every trace compared with a closure computed
 * here, and a lot is in a pallet's backward trace exactly when the pallet is in the lot's forward trace.
 */
@QuarkusTest
class RandomGraphTraceTest {

    private static final int LOTS = 30;
    private static final int TRANSFORMATIONS = 25;

    @Inject
    DataSource dataSource;

    @Test
    void tracesMatchTheClosureOnRandomGraphs() throws SQLException {
        for (long seed : new long[] {1, 2, 3}) {
            checkGraph(new Random(seed), LotApi.unique("G" + seed));
        }
    }

    private void checkGraph(Random random, String prefix) throws SQLException {
        Map<String, Set<String>> edges = new HashMap<>(); // input lot -> output lots
        Map<String, String> palletLots = new HashMap<>();
        List<String> lots = new ArrayList<>();
        for (int i = 0; i < LOTS; i++) {
            lots.add(prefix + "-L" + i);
            edges.put(lots.get(i), new HashSet<>());
        }
        try (Connection connection = dataSource.getConnection()) {
            long ingredient = insertReturningId(
                    connection,
                    "INSERT INTO ingredients (name, type, unit_of_measure) VALUES (?, 'OTHER', 'kg') RETURNING id",
                    prefix);
            Map<String, Long> lotIds = new HashMap<>();
            for (String lot : lots) {
                lotIds.put(
                        lot,
                        insertReturningId(
                                connection,
                                "INSERT INTO ingredient_lots (ingredient_id, lot_code, supplier_name, quantity_received,"
                                        + " quantity_on_hand, unit_of_measure) VALUES (" + ingredient
                                        + ", ?, 'Random supplier', 100, 100, 'kg') RETURNING id",
                                lot));
            }
            for (int t = 0; t < TRANSFORMATIONS; t++) {
                String output = lots.get(random.nextInt(LOTS));
                long run = insertReturningId(
                        connection,
                        "INSERT INTO production_runs (batch_number, status) VALUES (?, 'COMPLETED') RETURNING id",
                        prefix + "-R" + t);
                long event = insertReturningId(
                        connection,
                        "INSERT INTO tracking_events (event_type, lot_id, quantity, unit_of_measure, product_description,"
                                + " location, event_time, reference_document_type, reference_document_number,"
                                + " production_run_id, recorded_by) VALUES ('TRANSFORMATION', " + lotIds.get(output)
                                + ", 1, 'kg', 'random', 'Line 1', now(), 'PRODUCTION_RUN', ?, " + run
                                + ", 'test') RETURNING id",
                        prefix + "-R" + t);
                Set<String> inputs = new TreeSet<>();
                int count = 1 + random.nextInt(3);
                while (inputs.size() < count) {
                    inputs.add(lots.get(random.nextInt(LOTS)));
                }
                for (String input : inputs) {
                    execute(
                            connection,
                            "INSERT INTO tracking_event_inputs (event_id, lot_id, quantity, unit_of_measure) VALUES ("
                                    + event + ", " + lotIds.get(input) + ", 1, 'kg')");
                    edges.get(input).add(output);
                }
            }
            for (int p = 0; p < LOTS / 3; p++) {
                String lot = lots.get(random.nextInt(LOTS));
                String pallet = prefix + "-P" + p;
                execute(
                        connection,
                        "INSERT INTO pallets (pallet_number, lot_id, quantity, unit_of_measure, status) VALUES ('"
                                + pallet + "', " + lotIds.get(lot) + ", 1, 'kg', 'PACKED')");
                palletLots.put(pallet, lot);
            }
        }

        Map<String, Set<String>> reverse = new HashMap<>();
        lots.forEach(lot -> reverse.put(lot, new HashSet<>()));
        edges.forEach((input, outputs) ->
                outputs.forEach(output -> reverse.get(output).add(input)));
        Map<String, Set<String>> forwardPallets = new HashMap<>();
        for (String lot : lots) {
            JsonPath forward = ThreeLevelTraceTest.trace("forward", "lotCode", lot);
            Set<String> expected = closure(lot, edges);
            assertEquals(expected, new TreeSet<>(forward.getList("lots.lotCode", String.class)), "forward from " + lot);
            Set<String> expectedPallets = new TreeSet<>();
            palletLots.forEach((pallet, palletLot) -> {
                if (expected.contains(palletLot)) {
                    expectedPallets.add(pallet);
                }
            });
            Set<String> pallets = new TreeSet<>(forward.getList("pallets.palletNumber", String.class));
            assertEquals(expectedPallets, pallets, "pallets forward from " + lot);
            forwardPallets.put(lot, pallets);
            assertEquals(
                    closure(lot, reverse),
                    new TreeSet<>(ThreeLevelTraceTest.trace("backward", "lotCode", lot)
                            .getList("lots.lotCode", String.class)),
                    "backward from " + lot);
        }
        for (String pallet : palletLots.keySet()) {
            Set<String> backward = new TreeSet<>(ThreeLevelTraceTest.trace("backward", "palletNumber", pallet)
                    .getList("lots.lotCode", String.class));
            assertEquals(closure(palletLots.get(pallet), reverse), backward, "backward from " + pallet);
            for (String lot : lots) {
                assertEquals(
                        backward.contains(lot),
                        forwardPallets.get(lot).contains(pallet),
                        lot + " in the backward trace of " + pallet + " exactly when " + pallet
                                + " is in its forward trace");
            }
        }
    }

    /** Breadth-first, each lot once: the reference the recursive CTE is checked against. */
    private static Set<String> closure(String start, Map<String, Set<String>> edges) {
        Set<String> seen = new TreeSet<>(List.of(start));
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            for (String next : edges.get(queue.poll())) {
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }

    private static long insertReturningId(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }
}
