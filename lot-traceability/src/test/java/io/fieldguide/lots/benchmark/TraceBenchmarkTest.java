package io.fieldguide.lots.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fieldguide.lots.LotTestSql;
import io.fieldguide.lots.recall.RecallService;
import io.fieldguide.lots.trace.LotGraph;
import io.fieldguide.lots.trace.TraceService;
import io.fieldguide.migration.testing.BenchmarkSection;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The benchmark: 100,000 lots, 1,000,000 consumption rows (transformation inputs), 200,000
 * pallets; forward and backward trace p95, and the recall report of the most-used lot. A bakery's
 * shape: 20,000 received lots; 40,000 intermediates made of 10 received lots each; 40,000 finished
 * lots made of 15 intermediates each; two pallets per finished lot plus 120,000 of intermediates.
 * Opt-in (it loads for a minute): -Dbenchmark=true. Writes its section of docs/benchmarks.md.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class TraceBenchmarkTest {

    static final String COMMAND = "./mvnw -B -o -pl lot-traceability -am test -Dtest=TraceBenchmarkTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark=true";

    /**
     * Size in percent of the (100 = 100,000 lots); -Dbenchmark.percent=10 for a quick run.
     * Received lots are a fifth of all lots, intermediates and finished products two fifths each.
     */
    static final int PERCENT = Integer.getInteger("benchmark.percent", 100);

    static final int RECEIVED = 20_000 * PERCENT / 100;
    static final int INTERMEDIATES = 40_000 * PERCENT / 100;

    @Inject
    DataSource dataSource;

    @Inject
    TraceService traces;

    @Inject
    RecallService recalls;

    @Inject
    LotGraph graph;

    @Test
    void tracesAndRecallOnABakerysYearOfData() {
        long loadStarted = System.nanoTime();
        load();
        long loadMillis = (System.nanoTime() - loadStarted) / 1_000_000;
        String counts = LotTestSql.text(
                dataSource,
                "SELECT concat_ws(' / ', (SELECT count(*) FROM ingredient_lots), (SELECT count(*) FROM tracking_event_inputs),"
                        + " (SELECT count(*) FROM pallets))");

        Random random = new Random(42);
        List<String> received = LotTestSql.column(
                dataSource, "SELECT lot_code FROM ingredient_lots WHERE lot_code LIKE 'BM-R-%' ORDER BY id");
        List<String> pallets = LotTestSql.column(
                dataSource,
                "SELECT pallet_number FROM pallets WHERE pallet_number LIKE 'BM-P-F-%' ORDER BY id LIMIT 20000");
        String mostUsed = LotTestSql.text(
                dataSource,
                "SELECT l.lot_code FROM tracking_event_inputs i JOIN ingredient_lots l ON l.id = i.lot_id"
                        + " WHERE l.lot_code LIKE 'BM-%' GROUP BY l.lot_code ORDER BY count(*) DESC, l.lot_code LIMIT 1");

        double[] forward = measure(200, i -> traces.forwardFromLot(received.get(random.nextInt(received.size()))));
        // The same downstream walk two ways, on the same random received lots: LotGraph's one recursive
        // CTE, and the naive walk that asks the database once per level from Java.
        PerLevelWalk walks = new PerLevelWalk(dataSource);
        List<Long> receivedIds = LotTestSql.column(
                        dataSource, "SELECT id::text FROM ingredient_lots WHERE lot_code LIKE 'BM-R-%' ORDER BY id")
                .stream()
                .map(Long::valueOf)
                .toList();
        long[] seeds = new Random(7)
                .ints(200, 0, receivedIds.size())
                .mapToLong(receivedIds::get)
                .toArray();
        for (int i = 0; i < 20; i++) {
            long seed = seeds[i];
            List<Long> expected = QuarkusTransaction.requiringNew().call(() -> graph.downstream(List.of(seed)));
            assertEquals(expected, walks.recursive(seed), "the recursive statement is LotGraph's");
            assertEquals(expected, walks.perLevel(seed), "both walks find the same lots");
        }
        double[] recursive = measure(200, i -> walks.recursive(seeds[i]));
        double[] naive = measure(200, i -> walks.perLevel(seeds[i]));
        String plan = LotTestSql.column(
                        dataSource,
                        "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) "
                                + LotGraph.DOWNSTREAM.replace(
                                        "CAST(:seeds AS bigint[])", "'{" + seeds[0] + "}'::bigint[]"))
                .stream()
                .collect(Collectors.joining("\n"));
        double[] backward = measure(200, i -> traces.backwardFromPallet(pallets.get(random.nextInt(pallets.size()))));
        double[] recall = measure(20, i -> recalls.report(mostUsed));
        double[] spreadsheet = measure(20, i -> recalls.spreadsheet(mostUsed));

        String markdown = "## Lot traceability: traces and recall at " + PERCENT + " % of 100,000 lots\n\n"
                + BenchmarkSection.ranWith(COMMAND + (PERCENT == 100 ? "" : " -Dbenchmark.percent=" + PERCENT))
                + ", embedded PostgreSQL " + "(test harness defaults).\n\n"
                + "Data: lots / transformation input rows / pallets = " + counts + " (loaded in " + loadMillis
                + " ms). Service calls in-process (the SQL and the mapping, not HTTP).\n\n"
                + "| operation | runs | p50 ms | p95 ms | max ms | target |\n|---|---|---|---|---|---|\n"
                + row("forward trace from a random received lot", forward, "p95 < 50 ms")
                + row("backward trace from a random pallet", backward, "p95 < 50 ms")
                + row("recall report (JSON) of the most-used lot " + mostUsed, recall, "< 1 s")
                + row("recall spreadsheet (CSV) of the same lot", spreadsheet, "< 1 s")
                + "\nThe downstream walk alone, side by side on the same 200 random received lots, both over plain"
                + " JDBC on one pooled connection (the data is three levels deep):\n\n"
                + "| walk | runs | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|\n"
                + walkRow("recursive CTE (LotGraph, one statement)", recursive)
                + walkRow("naive, one query per level from Java", naive)
                + "\nRatio of medians, naive / recursive: %.1fx; of p95: %.1fx.\n\n"
                        .formatted(
                                percentile(naive, 50) / percentile(recursive, 50),
                                percentile(naive, 95) / percentile(recursive, 95))
                + "`EXPLAIN (ANALYZE, BUFFERS)` of the recursive walk from one received lot:\n\n```\n" + plan
                + "\n```\n";
        BenchmarkSection.replace(Path.of("../docs/benchmarks.md"), "lot-traceability", markdown);
        System.out.println(markdown);
    }

    private void load() {
        // The load bypasses the audit triggers (session_replication_role): the benchmark measures reads.
        // ANALYZE after each bulk step: with the statistics of nearly empty tables the planner joins
        // the next step by sequential scans, and the load takes many minutes instead of seconds.
        LotTestSql.execute(
                dataSource,
                """
                SET session_replication_role = replica;
                DELETE FROM tracking_event_inputs WHERE event_id IN (SELECT id FROM tracking_events WHERE reference_document_number LIKE 'BM-%');
                DELETE FROM tracking_events WHERE reference_document_number LIKE 'BM-%';
                DELETE FROM pallets WHERE pallet_number LIKE 'BM-%';
                DELETE FROM ingredient_lots WHERE lot_code LIKE 'BM-%';
                DELETE FROM production_runs WHERE batch_number LIKE 'BM-%';
                INSERT INTO ingredients (name, type, unit_of_measure) VALUES ('BM flour', 'FLOUR', 'kg'),
                    ('BM dough', 'INTERMEDIATE', 'kg'), ('BM bread', 'FINISHED_PRODUCT', 'kg') ON CONFLICT DO NOTHING;
                INSERT INTO ingredient_lots (ingredient_id, lot_code, supplier_name, quantity_received, quantity_on_hand, unit_of_measure, received_at)
                SELECT (SELECT id FROM ingredients WHERE name = 'BM flour'), 'BM-R-' || g, 'BM supplier ' || (g % 200), 1000, 500, 'kg',
                    timestamptz '2025-01-01' + g * interval '1 minute'
                FROM generate_series(1, {RECEIVED}) g;
                ANALYZE ingredient_lots;
                INSERT INTO production_runs (batch_number, status, unit_of_measure, location)
                SELECT 'BM-RUN-' || g, 'COMPLETED', 'kg', 'Line ' || (g % 4) FROM generate_series(1, {MADE}) g;
                ANALYZE production_runs;
                INSERT INTO ingredient_lots (ingredient_id, lot_code, quantity_received, quantity_on_hand, unit_of_measure, production_run_id, received_at)
                SELECT (SELECT id FROM ingredients WHERE name = CASE WHEN g <= {INTERMEDIATES} THEN 'BM dough' ELSE 'BM bread' END),
                    'BM-M-' || g, 100, 50, 'kg', r.id, timestamptz '2025-02-01' + g * interval '1 minute'
                FROM generate_series(1, {MADE}) g JOIN production_runs r ON r.batch_number = 'BM-RUN-' || g;
                ANALYZE ingredient_lots;
                INSERT INTO tracking_events (event_type, lot_id, quantity, unit_of_measure, product_description, location,
                    event_time, reference_document_type, reference_document_number, production_run_id, recorded_by, tlc_source)
                SELECT 'TRANSFORMATION', l.id, 100, 'kg', 'BM product', 'Line 1', l.received_at, 'PRODUCTION_RUN',
                    'BM-' || l.lot_code, l.production_run_id, 'benchmark', 'Line 1'
                FROM ingredient_lots l WHERE l.lot_code LIKE 'BM-M-%';
                ANALYZE tracking_events;
                -- Intermediates: 10 distinct received lots each; finished: 15 distinct intermediates each.
                INSERT INTO tracking_event_inputs (event_id, lot_id, quantity, unit_of_measure)
                SELECT e.id, r.id, 1, 'kg'
                FROM tracking_events e
                JOIN ingredient_lots o ON o.id = e.lot_id
                CROSS JOIN LATERAL generate_series(0, 9) k
                JOIN ingredient_lots r ON r.lot_code = 'BM-R-' || (1 + (substr(o.lot_code, 6)::bigint * 7919 + k * 2003) % {RECEIVED})
                WHERE o.lot_code LIKE 'BM-M-%' AND substr(o.lot_code, 6)::int <= {INTERMEDIATES}
                ON CONFLICT DO NOTHING;
                INSERT INTO tracking_event_inputs (event_id, lot_id, quantity, unit_of_measure)
                SELECT e.id, m.id, 1, 'kg'
                FROM tracking_events e
                JOIN ingredient_lots o ON o.id = e.lot_id
                CROSS JOIN LATERAL generate_series(0, 14) k
                JOIN ingredient_lots m ON m.lot_code = 'BM-M-' || (1 + (substr(o.lot_code, 6)::bigint * 104729 + k * 2671) % {INTERMEDIATES})
                WHERE o.lot_code LIKE 'BM-M-%' AND substr(o.lot_code, 6)::int > {INTERMEDIATES}
                ON CONFLICT DO NOTHING;
                INSERT INTO pallets (pallet_number, lot_id, production_run_id, quantity, unit_of_measure, status, location)
                SELECT 'BM-P-F-' || l.lot_code || '-' || k, l.id, l.production_run_id, 10, 'kg', 'IN_STORAGE', 'Room ' || (l.id % 9)
                FROM ingredient_lots l CROSS JOIN generate_series(1, 2) k
                WHERE l.lot_code LIKE 'BM-M-%' AND substr(l.lot_code, 6)::int > {INTERMEDIATES};
                INSERT INTO pallets (pallet_number, lot_id, production_run_id, quantity, unit_of_measure, status, location)
                SELECT 'BM-P-I-' || l.lot_code || '-' || k, l.id, l.production_run_id, 10, 'kg', 'IN_STORAGE', 'Room ' || (l.id % 9)
                FROM ingredient_lots l CROSS JOIN generate_series(1, 3) k
                WHERE l.lot_code LIKE 'BM-M-%' AND substr(l.lot_code, 6)::int <= {INTERMEDIATES};
                SET session_replication_role = origin;
                ANALYZE;
                """
                        .replace("{RECEIVED}", String.valueOf(RECEIVED))
                        .replace("{INTERMEDIATES}", String.valueOf(INTERMEDIATES))
                        .replace("{MADE}", String.valueOf(2 * INTERMEDIATES)));
    }

    private static String walkRow(String walk, double[] sorted) {
        return "| %s | %d | %.1f | %.1f | %.1f |%n"
                .formatted(
                        walk, sorted.length, percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1]);
    }

    private static double[] measure(int runs, Consumer<Integer> call) {
        for (int i = 0; i < Math.min(20, runs); i++) {
            call.accept(i); // warm-up
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            call.accept(i);
            millis.add((System.nanoTime() - started) / 1e6);
        }
        double[] sorted =
                millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted;
    }

    private static String row(String operation, double[] sorted, String target) {
        return "| %s | %d | %.1f | %.1f | %.1f | %s |%n"
                .formatted(
                        operation,
                        sorted.length,
                        percentile(sorted, 50),
                        percentile(sorted, 95),
                        sorted[sorted.length - 1],
                        target);
    }

    private static double percentile(double[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static List<Double> asList(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
