package io.fieldguide.it.demo;

import java.sql.SQLException;
import java.util.List;

/**
 * lot-traceability (seed 003): the basic bakery schema (V1) with the warts the guide's data
 * migration exists for (duplicate and missing batch numbers, missing pallet numbers), then its
 * deployment ({@code POST /api/migrations}: enums, new tables, the data migration, unique indexes
 * built concurrently, validated keys, audit). The data migration rewrites batch and pallet numbers
 * on purpose; the rollback must give back exactly the old ones.
 */
final class LotsDemo implements ServiceDemo {

    @Override
    public String module() {
        return "lot-traceability";
    }

    @Override
    public String beforeVersion() {
        return "1";
    }

    @Override
    public int defaultRows() {
        return 40_000;
    }

    /** {@code rows / 2} production runs of 40 recipes, each filling one pallet. */
    @Override
    public long load(DemoDatabase database, int rows) throws SQLException {
        int runs = Math.max(10, rows / 2);
        database.execute(
                "INSERT INTO recipes (name, created_at) SELECT 'Recipe ' || g, timestamptz '2023-01-01 00:00Z' + g * interval '1 day'"
                        + " FROM generate_series(1, 40) g",
                "INSERT INTO production_runs (recipe_id, batch_number, actual_quantity, actual_start_time, actual_end_time, notes, created_at)"
                        + " SELECT 1 + g % 40,"
                        + " CASE WHEN g % 50 = 0 THEN NULL WHEN g % 20 = 0 THEN 'B-' || (g - 1) ELSE 'B-' || g END,"
                        + " (50 + g % 200)::numeric(14, 3), t, t + interval '4 hours',"
                        + " CASE WHEN g % 6 = 0 THEN 'oven ' || g % 4 ELSE NULL END, t"
                        + " FROM generate_series(1, " + runs + ") g,"
                        + " LATERAL (SELECT timestamptz '2023-06-01 00:00Z' + g * interval '30 minutes') AS at(t)",
                "INSERT INTO pallets (production_run_id, pallet_number, created_at)"
                        + " SELECT id, CASE WHEN id % 40 = 0 THEN NULL WHEN id % 25 = 0 THEN 'P-' || (id - 1) ELSE 'P-' || id END,"
                        + " created_at + interval '5 hours' FROM production_runs");
        return database.count("SELECT (SELECT count(*) FROM recipes) + (SELECT count(*) FROM production_runs)"
                + " + (SELECT count(*) FROM pallets)");
    }

    @Override
    public List<TableCheck> tables() {
        return List.of(
                TableCheck.of(
                        "recipes",
                        "id",
                        List.of("id", "name", "created_at"),
                        "name NOT LIKE 'writer-%' AND name <> 'Unknown Recipe'"),
                TableCheck.of(
                                "production_runs",
                                "id",
                                List.of(
                                        "id",
                                        "recipe_id",
                                        "actual_quantity",
                                        "actual_start_time",
                                        "actual_end_time",
                                        "notes",
                                        "created_at"),
                                "true")
                        .restoring(List.of("batch_number")),
                TableCheck.of("pallets", "id", List.of("id", "production_run_id", "created_at"), "true")
                        .restoring(List.of("pallet_number")));
    }

    /** The old release keeps adding recipes. */
    @Override
    public String writerInsert() {
        return "INSERT INTO recipes (name) VALUES ('writer-' || ?)";
    }

    @Override
    public List<ApiStep> upgrade() {
        return List.of(ApiStep.migrateAll());
    }

    /** The guide's integrity checks: every batch and pallet number present and unique. */
    @Override
    public List<DemoResult.Check> upgradedDataChecks(DemoDatabase database) throws SQLException {
        long badBatches = database.count("SELECT count(*) - count(DISTINCT batch_number) FROM production_runs");
        long badPallets = database.count("SELECT count(*) - count(DISTINCT pallet_number) FROM pallets");
        return List.of(
                new DemoResult.Check(
                        "every batch number present and unique",
                        badBatches == 0,
                        String.format("%,d missing or duplicate", badBatches)),
                new DemoResult.Check(
                        "every pallet number present and unique",
                        badPallets == 0,
                        String.format("%,d missing or duplicate", badPallets)));
    }
}
